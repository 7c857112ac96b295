package org.roadmap.meetings.series;

import org.roadmap.platform.aggregate.ConcurrentChangeException;
import org.roadmap.platform.aggregate.IdempotencyKeyReusedException;
import org.roadmap.platform.aggregate.StaleVersionException;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.roadmap.meetings.config.MeetingsProperties;
import org.roadmap.meetings.series.messaging.MeetingSeriesEvents;
import org.roadmap.platform.outbox.OutboxWriter;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Use cases of meeting series. Every change is stored together with its events in one write,
 * conditional on the version it was computed from: an explicit {@code If-Match} that is stale
 * fails; a change without one is recomputed on the latest state. A change sent with an
 * Idempotency-Key is applied once; a retry returns the state it produced.
 */
@Service
public class MeetingSeriesManagement {

    private static final int ATTEMPTS = 5;

    private final AllMeetingSeries all;
    private final OutboxWriter outbox;
    private final MeetingSeriesEvents events;
    private final SeriesDefinitions definitions;
    private final Clock clock;
    private final Duration announceAhead;

    MeetingSeriesManagement(AllMeetingSeries all, OutboxWriter outbox, MeetingSeriesEvents events,
            SeriesDefinitions definitions, Clock clock, MeetingsProperties properties) {
        this.all = all;
        this.outbox = outbox;
        this.events = events;
        this.definitions = definitions;
        this.clock = clock;
        this.announceAhead = properties.announceAhead();
    }

    /** A change has been applied; {@code replayed} when an earlier request with the same key did it. */
    public record Applied(MeetingSeries series, boolean replayed) {
    }

    /**
     * Creates a series. A retry with the same Idempotency-Key and definition returns the series the
     * first request created.
     *
     * @throws DuplicateKeyException when a series with this id exists and was not created by this request
     */
    public Applied create(NewSeries definition, String actor, String idempotencyKey) {
        NewSeries checked = definitions.checked(definition, idempotencyKey);
        MeetingSeries created = Announcements.follow(null, MeetingSeries.create(checked, clock.instant(), actor),
                clock.instant(), announceAhead);
        if (idempotencyKey != null) {
            created = created.rememberRequest(new RequestKey(idempotencyKey, digest(checked)));
        }
        try {
            outbox.insert(created, created.id(), events.of(created, created.latestChanges()));
            return new Applied(created, false);
        } catch (DuplicateKeyException e) {
            MeetingSeries existing = all.findById(created.id()).orElseThrow(() -> e);
            if (idempotencyKey != null && existing.request(idempotencyKey).isPresent()) {
                requireSame(existing.request(idempotencyKey).get(), digest(checked));
                return new Applied(existing, true);
            }
            throw e;
        }
    }

    public Optional<MeetingSeries> find(String id) {
        return all.findById(id);
    }

    public List<MeetingSeries> list(String roadMapId, String commitmentReference) {
        if (commitmentReference != null) {
            return all.findByCommitmentsContainingOrderByIdAsc(commitmentReference).stream()
                    .filter(s -> roadMapId == null || roadMapId.equals(s.roadMapId())).toList();
        }
        return roadMapId == null ? all.findAllByOrderByIdAsc() : all.findByRoadMapIdOrderByIdAsc(roadMapId);
    }

    public Parties parties() {
        return definitions.parties();
    }

    /** Changes the series' settings from now on; needs the version the change was made on. */
    public MeetingSeries change(String id, long expectedVersion, SeriesUpdate update, String actor) {
        SeriesUpdate checked = definitions.checked(load(id), update);
        return apply(id, expectedVersion, null, null, s -> s.change(checked, clock.instant(), actor)).series();
    }

    public Applied schedule(String id, Long expectedVersion, String key, String digest, MeetingTime start,
            MeetingTime end, Venue venue, String period, String actor) {
        return apply(id, expectedVersion, key, digest, s -> s.schedule(start, end, venue, period, clock.instant(), actor));
    }

    public Applied confirm(String occurrenceId, Long expectedVersion, String key, String digest, String actor) {
        return apply(seriesOf(occurrenceId), expectedVersion, key, digest, s -> s.confirm(occurrenceId, clock.instant(), actor));
    }

    public Applied move(String occurrenceId, Long expectedVersion, String key, String digest, MeetingTime start,
            MeetingTime end, Venue venue, boolean thisAndLater, String actor) {
        return apply(seriesOf(occurrenceId), expectedVersion, key, digest,
                s -> s.move(occurrenceId, start, end, venue, thisAndLater, clock.instant(), actor));
    }

    public Applied cancel(String occurrenceId, Long expectedVersion, String key, String digest, String reason,
            String actor) {
        return apply(seriesOf(occurrenceId), expectedVersion, key, digest,
                s -> s.cancel(occurrenceId, reason, clock.instant(), actor));
    }

    public Applied hold(String occurrenceId, Long expectedVersion, String key, String digest, List<String> agenda,
            List<String> outcomes, String minutes, String actor) {
        return apply(seriesOf(occurrenceId), expectedVersion, key, digest,
                s -> s.hold(occurrenceId, agenda, outcomes, minutes, clock.instant(), actor));
    }

    /** Records that a cadence period is at risk, once per period and reason. */
    public MeetingSeries reportAtRisk(String id, PeriodAtRisk period) {
        return apply(id, null, null, null, s -> s.alert(period, clock.instant())).series();
    }

    /**
     * Announces the meetings its recurrence plans that have come within the announcement horizon since
     * the series was last written; no write when there are none.
     */
    public MeetingSeries announcePlanned(String id) {
        return apply(id, null, null, null, s -> Announcements.follow(s, s, clock.instant(), announceAhead)).series();
    }

    /** The occurrence and its series. */
    public Optional<Found> findOccurrence(String occurrenceId) {
        return all.findById(MeetingSeries.seriesIdOf(occurrenceId))
                .flatMap(s -> s.occurrence(occurrenceId).map(o -> new Found(s, o)));
    }

    public record Found(MeetingSeries series, Occurrence occurrence) {
    }

    private Applied apply(String id, Long expectedVersion, String key, String digest,
            Function<MeetingSeries, MeetingSeries> change) {
        for (int attempt = 1; ; attempt++) {
            MeetingSeries current = load(id);
            if (key != null && current.request(key).isPresent()) {
                requireSame(current.request(key).get(), digest);
                return new Applied(current, true);
            }
            if (expectedVersion != null && current.version() != expectedVersion) {
                throw new StaleVersionException("meeting series", id, expectedVersion, current.version());
            }
            MeetingSeries changed = change.apply(current);
            if (changed == current) {
                return new Applied(current, false);
            }
            Instant now = clock.instant();
            MeetingSeries next = Announcements.follow(current, Alternation.realigned(changed, now, Announcements.ACTOR),
                    now, announceAhead);
            if (key != null) {
                next = next.rememberRequest(new RequestKey(key, digest));
            }
            Query unchangedSinceRead = new Query(where("_id").is(current.id()).and("version").is(current.version()));
            if (outbox.replace(next, unchangedSinceRead, next.id(), events.of(next, next.latestChanges()))) {
                return new Applied(next, false);
            }
            if (expectedVersion != null) {
                throw new StaleVersionException("meeting series", id, expectedVersion, load(id).version());
            }
            if (attempt >= ATTEMPTS) {
                throw new ConcurrentChangeException("meeting series", id);
            }
        }
    }

    private String seriesOf(String occurrenceId) {
        return MeetingSeries.seriesIdOf(occurrenceId);
    }

    private MeetingSeries load(String id) {
        return all.findById(id).orElseThrow(() -> new SeriesNotFoundException(id));
    }

    private static void requireSame(RequestKey earlier, String digest) {
        if (digest != null && !earlier.digest().equals(digest)) {
            throw new IdempotencyKeyReusedException(earlier.key());
        }
    }

    private static String digest(NewSeries series) {
        return Integer.toHexString(series.hashCode());
    }
}
