package org.roadmap.meetings.series.messaging;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
import org.roadmap.meetings.series.Change;
import org.roadmap.meetings.series.MeetingSeries;
import org.roadmap.meetings.series.Occurrence;
import org.roadmap.meetings.series.OccurrenceStatus;
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
            events.add(switch (change.kind()) {
                case "created" -> created(series, change);
                case "changed" -> changed(series, change);
                case "occurrence-scheduled", "occurrence-announced" -> scheduled(series, occurrence(series, change));
                case "occurrence-rescheduled" -> rescheduled(series, occurrence(series, change), change);
                case "occurrence-cancelled" -> cancelled(series, occurrence(series, change));
                case "occurrence-withdrawn" -> new MeetingCancelled(series.id(), (String) change.after().get("occurrenceId"),
                        Instant.parse((String) change.after().get("start")), (String) change.after().get("reason"));
                case "occurrence-held" -> held(series, occurrence(series, change));
                case "cadence-period-at-risk" -> new CadencePeriodAtRisk(series.id(), series.roadMapId(), series.title(),
                        series.cadence().kind(), LocalDate.parse((String) change.after().get("periodStart")),
                        LocalDate.parse((String) change.after().get("periodEnd")), (String) change.after().get("reason"),
                        ids(series, series.commitments()));
                default -> throw new IllegalStateException("No integration event for change " + change.kind());
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
        Object effective = change.after().get("effectiveFrom");
        Instant effectiveFrom = effective instanceof String text && text.matches("\\d{4}-.*") ? Instant.parse(text)
                : effective != null ? change.at() : null;
        List<String> fields = change.after().keySet().stream().filter(k -> !k.equals("effectiveFrom")).toList();
        return new MeetingSeriesChanged(s.id(), s.roadMapId(), fields.isEmpty() ? List.of("recurrence") : fields,
                s.title(), s.organiser(), s.timeZone(), duration(s), s.rule(), firstStart(s), s.venueRule().kind(),
                venues(s), s.cadence().kind(), s.commitments(), ids(s, s.commitments()), effectiveFrom, change.by());
    }

    private MeetingScheduled scheduled(MeetingSeries s, Occurrence o) {
        return new MeetingScheduled(s.id(), o.id(), s.title(), o.start(), o.end(), venue(o), ids(s, s.commitments()),
                o.status() == OccurrenceStatus.PLANNED ? MeetingScheduled.PLANNED : MeetingScheduled.CONFIRMED);
    }

    private static MeetingRescheduled rescheduled(MeetingSeries s, Occurrence o, Change change) {
        return new MeetingRescheduled(s.id(), o.id(), Instant.parse((String) change.before().get("start")), o.start(),
                o.end(), venue(o));
    }

    private static MeetingCancelled cancelled(MeetingSeries s, Occurrence o) {
        return new MeetingCancelled(s.id(), o.id(), o.start(), o.cancelReason());
    }

    private MeetingHeld held(MeetingSeries s, Occurrence o) {
        return new MeetingHeld(s.id(), o.id(), s.title(), o.start(), o.end(), venue(o), ids(s, o.agenda()), o.outcomes(),
                o.changedBy());
    }

    private List<String> ids(MeetingSeries s, List<String> references) {
        return agendaCommitments.resolve(s.roadMapId(), references).values().stream().map(AgendaCommitment::id).toList();
    }

    private static Occurrence occurrence(MeetingSeries s, Change change) {
        String id = (String) change.after().get("occurrenceId");
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
