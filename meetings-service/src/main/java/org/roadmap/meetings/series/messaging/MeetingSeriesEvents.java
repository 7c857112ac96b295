package org.roadmap.meetings.series.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.roadmap.events.meeting.CadencePeriodAtRisk;
import org.roadmap.events.meeting.MeetingCancelled;
import org.roadmap.events.meeting.MeetingHeld;
import org.roadmap.events.meeting.MeetingRescheduled;
import org.roadmap.events.meeting.MeetingScheduled;
import org.roadmap.events.meeting.MeetingSeriesChanged;
import org.roadmap.events.meeting.MeetingSeriesCreated;
import org.roadmap.events.meeting.Venue;
import org.roadmap.meetings.agenda.AgendaCommitment;
import org.roadmap.meetings.agenda.AgendaCommitments;
import org.roadmap.meetings.series.EffectiveFrom;
import org.roadmap.meetings.series.MeetingChange;
import org.roadmap.meetings.series.MeetingOutcomes;
import org.roadmap.meetings.series.MeetingSeries;
import org.roadmap.meetings.series.Occurrence;
import org.roadmap.meetings.series.OccurrenceStatus;
import org.roadmap.meetings.series.PeriodAtRisk;
import org.roadmap.meetings.series.SeriesChangeKind;
import org.roadmap.platform.aggregate.Change;
import org.springframework.stereotype.Component;

/**
 * Turns a series' changes (its domain events) into the integration events of the contract. Agenda
 * links are published as commitment ids, resolved from road map references through the agenda
 * commitments; references not known yet are left out of the ids (and flagged in the API).
 */
@Component
public class MeetingSeriesEvents {

    private final AgendaCommitments agendaCommitments;

    MeetingSeriesEvents(AgendaCommitments agendaCommitments) {
        this.agendaCommitments = agendaCommitments;
    }

    public List<Object> of(MeetingSeries series, List<Change> changes) {
        List<Object> events = new ArrayList<>();
        for (Change change : changes) {
            events.add(switch (change.kindOf(SeriesChangeKind.class)) {
                case CREATED -> created(series, change);
                case CHANGED -> changed(series, change);
                case OCCURRENCE_SCHEDULED, OCCURRENCE_ANNOUNCED -> scheduled(series, occurrence(series, change));
                case OCCURRENCE_RESCHEDULED -> rescheduled(series, occurrence(series, change), change);
                case OCCURRENCE_CANCELLED -> cancelled(series, occurrence(series, change));
                case OCCURRENCE_WITHDRAWN -> withdrawn(series, change.after(MeetingChange.class));
                case OCCURRENCE_HELD -> held(series, occurrence(series, change));
                case CADENCE_PERIOD_AT_RISK -> atRisk(series, change.after(PeriodAtRisk.class));
            });
        }
        return events;
    }

    private MeetingSeriesCreated created(MeetingSeries s, Change change) {
        return new MeetingSeriesCreated(s.id(), s.roadMapId(), s.title(), s.organiser(), s.timeZone(), duration(s),
                s.rule(), firstStart(s), s.venueRule().kind(), venues(s), s.cadence().kind(), s.commitments(),
                ids(s, s.commitments()), change.by());
    }

    private MeetingSeriesChanged changed(MeetingSeries s, Change change) {
        Instant effectiveFrom = change.after(EffectiveFrom.class).effectiveFrom();
        List<String> fields = change.after().keySet().stream().filter(k -> !EffectiveFrom.KEYS.contains(k)).toList();
        return new MeetingSeriesChanged(s.id(), s.roadMapId(), fields.isEmpty() ? List.of("recurrence") : fields,
                s.title(), s.organiser(), s.timeZone(), duration(s), s.rule(), firstStart(s), s.venueRule().kind(),
                venues(s), s.cadence().kind(), s.commitments(), ids(s, s.commitments()), effectiveFrom, change.by());
    }

    private MeetingScheduled scheduled(MeetingSeries s, Occurrence o) {
        return new MeetingScheduled(s.id(), o.id(), s.title(), o.start(), o.end(), venue(o), ids(s, s.commitments()),
                o.status() == OccurrenceStatus.PLANNED ? MeetingScheduled.PLANNED : MeetingScheduled.CONFIRMED);
    }

    private static MeetingRescheduled rescheduled(MeetingSeries s, Occurrence o, Change change) {
        return new MeetingRescheduled(s.id(), o.id(), change.before(MeetingChange.Place.class).start(), o.start(),
                o.end(), venue(o));
    }

    /** A meeting the rule no longer plans: gone from the series, so told from what its change recorded. */
    private static MeetingCancelled withdrawn(MeetingSeries s, MeetingChange withdrawn) {
        return new MeetingCancelled(s.id(), withdrawn.occurrenceId(), withdrawn.start(), withdrawn.reason());
    }

    private CadencePeriodAtRisk atRisk(MeetingSeries s, PeriodAtRisk period) {
        return new CadencePeriodAtRisk(s.id(), s.roadMapId(), s.title(), s.cadence().kind(), period.periodStart(),
                period.periodEnd(), period.reason(), ids(s, s.commitments()));
    }

    private static MeetingCancelled cancelled(MeetingSeries s, Occurrence o) {
        return new MeetingCancelled(s.id(), o.id(), o.start(), o.cancelReason());
    }

    private MeetingHeld held(MeetingSeries s, Occurrence o) {
        // held by this write, which recorded its outcomes
        List<String> outcomes = s.recorded().stream().filter(r -> r.occurrenceId().equals(o.id())).findFirst()
                .map(MeetingOutcomes::outcomes).orElse(List.of());
        return new MeetingHeld(s.id(), o.id(), s.title(), o.start(), o.end(), venue(o), ids(s, o.agenda()), outcomes,
                o.changedBy());
    }

    private List<String> ids(MeetingSeries s, List<String> references) {
        return agendaCommitments.resolve(s.roadMapId(), references).values().stream().map(AgendaCommitment::id).toList();
    }

    private static Occurrence occurrence(MeetingSeries s, Change change) {
        String id = change.after(MeetingChange.class).occurrenceId();
        return s.occurrence(id).orElseThrow(() -> new IllegalStateException("Change names unknown meeting " + id));
    }

    /** Meetings whose venue is agreed per occurrence and not yet named are shown at the series' zone. */
    private static Venue venue(Occurrence o) {
        return o.venue() == null ? new Venue("to be agreed", "ZZ", "UTC")
                : new Venue(o.venue().city(), o.venue().country(), o.venue().timeZone());
    }

    private static List<Venue> venues(MeetingSeries s) {
        return s.venueRule().venues().stream().map(v -> new Venue(v.city(), v.country(), v.timeZone())).toList();
    }

    private static String duration(MeetingSeries s) {
        return s.durationMinutes() == null ? null : Duration.ofMinutes(s.durationMinutes()).toString();
    }

    private static String firstStart(MeetingSeries s) {
        return s.firstStart() == null ? null : s.firstStart().toString();
    }
}
