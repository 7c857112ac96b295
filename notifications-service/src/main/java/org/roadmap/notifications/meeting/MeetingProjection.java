package org.roadmap.notifications.meeting;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.roadmap.events.EventEnvelope;
import org.roadmap.events.meeting.CadencePeriodAtRisk;
import org.roadmap.events.meeting.MeetingCancelled;
import org.roadmap.events.meeting.MeetingHeld;
import org.roadmap.events.meeting.MeetingRescheduled;
import org.roadmap.events.meeting.MeetingScheduled;
import org.roadmap.events.meeting.MeetingSeriesChanged;
import org.roadmap.events.meeting.MeetingSeriesCreated;
import org.roadmap.events.meeting.Venue;
import org.roadmap.platform.messaging.KeptFields;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Keeps {@link KnownSeries}, {@link KnownMeeting}s and {@link KnownCadencePeriod}s up to date.
 * Each change sets the event's values (upsert by id), so applying an event twice changes nothing;
 * one series' events arrive in order (Kafka key = series id). Titles and cities longer, and lists of commitments
 * longer, than meetings-service takes are refused ({@link KeptFields}).
 */
@Service
public class MeetingProjection {

    /** The only at-risk reason that means "nobody has set a date yet". */
    static final String NO_DATE_SET = "no-date-set";

    private final MongoTemplate mongo;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    MeetingProjection(MongoTemplate mongo, Clock clock, ApplicationEventPublisher events) {
        this.mongo = mongo;
        this.clock = clock;
        this.events = events;
    }

    public void seriesCreated(EventEnvelope event, MeetingSeriesCreated created) {
        KeptFields.meeting(created.title(), null);
        KeptFields.servedCommitments(created.commitmentIds());
        series(event, created.seriesId(), created.roadMapId(), created.title(), created.commitmentIds());
    }

    public void seriesChanged(EventEnvelope event, MeetingSeriesChanged changed) {
        KeptFields.meeting(changed.title(), null);
        KeptFields.servedCommitments(changed.commitmentIds());
        series(event, changed.seriesId(), changed.roadMapId(), changed.title(), changed.commitmentIds());
    }

    /** Settles the cadence period it falls in first, so once its alerts are planned the period's are gone. */
    public void scheduled(EventEnvelope event, MeetingScheduled scheduled) {
        KeptFields.meeting(scheduled.title(), scheduled.venue());
        KeptFields.servedCommitments(scheduled.commitmentIds());
        closeCadencePeriods(event, scheduled.seriesId(), scheduled.start(), scheduled.venue());
        meeting(event, scheduled.occurrenceId(), venue(new Update()
                .set("seriesId", scheduled.seriesId())
                .set("title", scheduled.title())
                .set("start", scheduled.start())
                .set("end", scheduled.end())
                .set("commitmentIds", scheduled.commitmentIds())
                .set("status", KnownMeeting.SCHEDULED)
                .set("planned", scheduled.tentative()), scheduled.venue()));
    }

    public void rescheduled(EventEnvelope event, MeetingRescheduled rescheduled) {
        KeptFields.meeting(null, rescheduled.venue());
        Update update = venue(new Update()
                .set("seriesId", rescheduled.seriesId())
                .set("start", rescheduled.start())
                .set("end", rescheduled.end())
                .set("status", KnownMeeting.SCHEDULED), rescheduled.venue());
        if (findMeeting(rescheduled.occurrenceId()).map(KnownMeeting::title).isEmpty()) {
            update.set("title", findSeries(rescheduled.seriesId()).map(KnownSeries::title).orElse(null));
        }
        closeCadencePeriods(event, rescheduled.seriesId(), rescheduled.start(), rescheduled.venue());
        meeting(event, rescheduled.occurrenceId(), update);
    }

    public void cancelled(EventEnvelope event, MeetingCancelled cancelled) {
        meeting(event, cancelled.occurrenceId(), new Update()
                .set("seriesId", cancelled.seriesId())
                .set("start", cancelled.start())
                .set("status", KnownMeeting.CANCELLED));
    }

    public void held(EventEnvelope event, MeetingHeld held) {
        KeptFields.meeting(held.title(), held.venue());
        meeting(event, held.occurrenceId(), venue(new Update()
                .set("seriesId", held.seriesId())
                .set("title", held.title())
                .set("start", held.start())
                .set("end", held.end())
                .set("status", KnownMeeting.HELD), held.venue()));
    }

    /** A period with no date set opens a cadence alert; a period closing is not one (a date may be set). */
    public void cadencePeriodAtRisk(EventEnvelope event, CadencePeriodAtRisk atRisk) {
        KeptFields.meeting(atRisk.title(), null);
        KeptFields.servedCommitments(atRisk.commitmentIds());
        if (!NO_DATE_SET.equals(atRisk.reason())) {
            return;
        }
        String id = KnownCadencePeriod.idOf(atRisk.seriesId(), atRisk.periodStart());
        mongo.upsert(new Query(where("_id").is(id)), new Update()
                .set("seriesId", atRisk.seriesId())
                .set("roadMapId", atRisk.roadMapId())
                .set("title", atRisk.title())
                .set("periodStart", atRisk.periodStart())
                .set("periodEnd", atRisk.periodEnd())
                .set("commitmentIds", atRisk.commitmentIds())
                .set("open", true)
                .set("lastEventId", event.id())
                .set("updatedAt", clock.instant()), KnownCadencePeriod.class);
        events.publishEvent(MeetingOccasionChanged.cadencePeriod(id));
    }

    public Optional<KnownMeeting> findMeeting(String occurrenceId) {
        return Optional.ofNullable(mongo.findById(occurrenceId, KnownMeeting.class));
    }

    public Optional<KnownSeries> findSeries(String seriesId) {
        return seriesId == null ? Optional.empty() : Optional.ofNullable(mongo.findById(seriesId, KnownSeries.class));
    }

    public Optional<KnownCadencePeriod> findCadencePeriod(String id) {
        return Optional.ofNullable(mongo.findById(id, KnownCadencePeriod.class));
    }

    public List<KnownMeeting> allMeetings() {
        return mongo.findAll(KnownMeeting.class);
    }

    public List<KnownCadencePeriod> allCadencePeriods() {
        return mongo.findAll(KnownCadencePeriod.class);
    }

    private void series(EventEnvelope event, String seriesId, String roadMapId, String title, List<String> commitmentIds) {
        mongo.upsert(new Query(where("_id").is(seriesId)), new Update()
                .set("roadMapId", roadMapId)
                .set("title", title)
                .set("commitmentIds", commitmentIds)
                .set("lastEventId", event.id())
                .set("updatedAt", clock.instant()), KnownSeries.class);
    }

    private void meeting(EventEnvelope event, String occurrenceId, Update update) {
        update.set("lastEventId", event.id()).set("updatedAt", clock.instant());
        mongo.upsert(new Query(where("_id").is(occurrenceId)), update, KnownMeeting.class);
        events.publishEvent(MeetingOccasionChanged.meeting(occurrenceId));
    }

    /** A meeting set within a period at risk settles it: its pending cadence alerts go. */
    private void closeCadencePeriods(EventEnvelope event, String seriesId, Instant start, Venue venue) {
        LocalDate day = start.atZone(zoneOf(venue)).toLocalDate();
        for (KnownCadencePeriod period : mongo.find(new Query(where("seriesId").is(seriesId).and("open").is(true)),
                KnownCadencePeriod.class)) {
            if (period.contains(day)) {
                mongo.updateFirst(new Query(where("_id").is(period.id())), new Update().set("open", false)
                        .set("lastEventId", event.id()).set("updatedAt", clock.instant()), KnownCadencePeriod.class);
                events.publishEvent(MeetingOccasionChanged.cadencePeriod(period.id()));
            }
        }
    }

    private static Update venue(Update update, Venue venue) {
        return venue == null ? update : update.set("venueCity", venue.city()).set("venueZone", venue.timeZone());
    }

    private static ZoneId zoneOf(Venue venue) {
        try {
            return venue == null || venue.timeZone() == null ? ZoneOffset.UTC : ZoneId.of(venue.timeZone());
        } catch (DateTimeException unknownZone) {
            return ZoneOffset.UTC;
        }
    }
}
