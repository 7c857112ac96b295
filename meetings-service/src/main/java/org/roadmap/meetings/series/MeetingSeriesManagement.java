package org.roadmap.meetings.series;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.roadmap.meetings.config.MeetingsProperties;
import org.roadmap.meetings.series.messaging.MeetingSeriesEvents;
import org.roadmap.platform.aggregate.Change;
import org.roadmap.platform.aggregate.Request;
import org.roadmap.platform.aggregate.VersionedWrite;
import org.roadmap.platform.aggregate.VersionedWrite.Written;
import org.roadmap.platform.outbox.OutboxWriter;
import org.roadmap.platform.storage.AppendedRecords;
import org.roadmap.platform.storage.RecordLog;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Use cases of meeting series, each a {@link VersionedWrite}: stored together with its events in one
 * write, conditional on the version it was computed from; a retry with the same Idempotency-Key
 * answers the state the first request produced. Every write also realigns the meetings whose venue
 * goes by turn ({@link Alternation}) and tells the other services what it did to the meetings they
 * know ({@link Announcements}).
 */
@Service
public class MeetingSeriesManagement {

    private final AllMeetingSeries all;
    private final OutboxWriter outbox;
    private final MeetingSeriesEvents events;
    private final SeriesDefinitions definitions;
    private final Clock clock;
    private final Duration announceAhead;
    private final VersionedWrite<MeetingSeries> writes;
    private final RecordLog<Change> history;
    private final HeldMeetings heldMeetings;

    MeetingSeriesManagement(AllMeetingSeries all, OutboxWriter outbox, MeetingSeriesEvents events,
            SeriesDefinitions definitions, Clock clock, MeetingsProperties properties, AppendedRecords appended,
            HeldMeetings heldMeetings) {
        this.all = all;
        this.outbox = outbox;
        this.events = events;
        this.definitions = definitions;
        this.clock = clock;
        this.announceAhead = properties.announceAhead();
        this.writes = new VersionedWrite<>("meeting series", all::findById, this::store, SeriesNotFoundException::new,
                appended.requests(MeetingSeries.COLLECTION));
        this.history = appended.history(MeetingSeries.COLLECTION);
        this.heldMeetings = heldMeetings;
    }

    /** A change has been applied; {@code replayed} when an earlier request with the same key did it. */
    public record Applied(MeetingSeries series, boolean replayed) {

        static Applied of(Written<MeetingSeries> written) {
            return new Applied(written.aggregate(), written.replayed());
        }
    }

    /**
     * Creates a series. A retry with the same Idempotency-Key and definition returns the series the
     * first request created.
     *
     * @throws DuplicateKeyException when a series with this id exists and was not created by this request
     */
    public Applied create(NewSeries definition, String actor, String idempotencyKey) {
        NewSeries checked = definitions.checked(definition, idempotencyKey);
        Request request = Request.ofKey(idempotencyKey, "create", checked);
        MeetingSeries created = VersionedWrite.recorded(Announcements.follow(null,
                MeetingSeries.create(checked, clock.instant(), actor), clock.instant(), announceAhead), request);
        try {
            outbox.insert(created, created.id(), events.of(created, created.latestChanges()));
            return new Applied(created, false);
        } catch (DuplicateKeyException e) {
            MeetingSeries existing = all.findById(created.id()).orElseThrow(() -> e);
            return writes.replayed(existing, request).map(Applied::of).orElseThrow(() -> e);
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

    /**
     * Page {@code page} of the series' history as of the state read, newest first: its log holds a change per
     * record, read by number, so a page costs the same however long the history.
     */
    public List<Change> history(MeetingSeries series, int page, int size) {
        return history.newestFirst(series.id(), series.history().length(), page, size);
    }

    public Parties parties() {
        return definitions.parties();
    }

    /**
     * Changes the series' settings from now on; needs the version the change was made on.
     *
     * @param read the series as the caller read it (to check who may change it): the change starts from it
     */
    public MeetingSeries change(MeetingSeries read, long expectedVersion, SeriesUpdate update, String actor) {
        SeriesUpdate checked = definitions.checked(read, update);
        return apply(read, expectedVersion, null, s -> s.change(checked, clock.instant(), actor)).series();
    }

    public Applied schedule(MeetingSeries read, Long expectedVersion, Request request, MeetingTime start,
            MeetingTime end, Venue venue, String period, String actor) {
        return apply(read, expectedVersion, request, s -> s.schedule(start, end, venue, period, clock.instant(), actor));
    }

    /** Confirms an occurrence's planned date; {@code read} is its series as the caller read it, as for the ones below. */
    public Applied confirm(MeetingSeries read, String occurrenceId, Long expectedVersion, Request request,
            String actor) {
        return apply(read, expectedVersion, request, s -> s.confirm(occurrenceId, clock.instant(), actor));
    }

    public Applied move(MeetingSeries read, String occurrenceId, Long expectedVersion, Request request,
            MeetingTime start, MeetingTime end, Venue venue, boolean thisAndLater, String actor) {
        return apply(read, expectedVersion, request,
                s -> s.move(occurrenceId, start, end, venue, thisAndLater, clock.instant(), actor));
    }

    public Applied cancel(MeetingSeries read, String occurrenceId, Long expectedVersion, Request request,
            String reason, String actor) {
        return apply(read, expectedVersion, request, s -> s.cancel(occurrenceId, reason, clock.instant(), actor));
    }

    public Applied hold(MeetingSeries read, String occurrenceId, Long expectedVersion, Request request,
            List<String> agenda, List<String> outcomes, String minutes, String actor) {
        return apply(read, expectedVersion, request, s -> s.hold(occurrenceId, agenda, outcomes, minutes,
                s.occurrence(occurrenceId).filter(o -> o.status() == OccurrenceStatus.HELD)
                        .map(o -> heldMeetings.of(s, o)).orElse(null), clock.instant(), actor));
    }

    /** Records that a cadence period is at risk, once per period and reason; {@code read} as the watch read it. */
    public MeetingSeries reportAtRisk(MeetingSeries read, PeriodAtRisk period) {
        return apply(read, null, null, s -> s.alert(period, clock.instant())).series();
    }

    /**
     * Announces the meetings its recurrence plans that have come within the announcement horizon since
     * the series was last written; no write when there are none. {@code read}: the series as the watch read it.
     */
    public MeetingSeries announcePlanned(MeetingSeries read) {
        return apply(read, null, null, s -> Announcements.follow(s, s, clock.instant(), announceAhead)).series();
    }

    /** The occurrence and its series. */
    public Optional<Found> findOccurrence(String occurrenceId) {
        return all.findById(MeetingSeries.seriesIdOf(occurrenceId))
                .flatMap(s -> s.occurrence(occurrenceId).map(o -> new Found(s, o)));
    }

    public record Found(MeetingSeries series, Occurrence occurrence) {
    }

    private Applied apply(MeetingSeries read, Long expectedVersion, Request request,
            UnaryOperator<MeetingSeries> change) {
        return Applied.of(writes.apply(read, expectedVersion, request, current -> {
            MeetingSeries changed = change.apply(current);
            if (changed == current) {
                return current;
            }
            Instant now = clock.instant();
            return Announcements.follow(current, Alternation.realigned(changed, now, Announcements.ACTOR), now,
                    announceAhead);
        }));
    }

    private boolean store(MeetingSeries current, MeetingSeries next) {
        Query unchangedSinceRead = new Query(where("_id").is(current.id()).and("version").is(current.version()));
        return outbox.replace(next, unchangedSinceRead, next.id(), events.of(next, next.latestChanges()));
    }
}
