package org.roadmap.meetings.series.web;

import jakarta.annotation.Nullable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.roadmap.meetings.agenda.AgendaCommitment;
import org.roadmap.meetings.agenda.AgendaCommitments;
import org.roadmap.meetings.holidays.PublicHolidays;
import org.roadmap.meetings.holidays.PublicHolidays.PublicHoliday;
import org.roadmap.meetings.series.HeldMeetings;
import org.roadmap.meetings.series.LocalTimes;
import org.roadmap.meetings.series.MeetingOutcomes;
import org.roadmap.meetings.series.MeetingSeries;
import org.roadmap.meetings.series.Occurrence;
import org.roadmap.meetings.series.Parties;
import org.roadmap.meetings.series.Venue;
import org.roadmap.meetings.series.VenueRule;
import org.roadmap.platform.security.Caller;
import org.springframework.stereotype.Component;

/** Builds what clients see of series and meetings: commitment links resolved, times in every party's zone, holidays. */
@Component
class Views {

    private static final Instant NO_END = Instant.parse("9999-01-01T00:00:00Z");

    private final AgendaCommitments agendaCommitments;
    private final PublicHolidays holidays;
    private final Parties parties;
    private final HeldMeetings held;

    Views(AgendaCommitments agendaCommitments, PublicHolidays holidays, Parties parties, HeldMeetings held) {
        this.agendaCommitments = agendaCommitments;
        this.holidays = holidays;
        this.parties = parties;
        this.held = held;
    }

    /** A series as clients see it. */
    record SeriesView(String id, String roadMapId, String title, @Nullable String organiser,
            @Nullable String description, List<CommitmentLink> commitments, String timeZone, @Nullable String duration,
            @Nullable Recurrence recurrence, VenueRule venue, @Nullable Cadence cadence, long version, Instant createdAt, String createdBy, Instant updatedAt) {

        record Recurrence(String rule, LocalDateTime firstStart) {
        }

        record Cadence(String kind, @Nullable LocalDate firstPeriod, @Nullable LocalDate lastDay) {
        }
    }

    /**
     * A meeting as clients see it: {@code start}/{@code end} are instants; {@code local} shows them at
     * the venue, in each party's capital (e.g. {@code tokyo}, {@code lima}) and, when asked, in {@code requested}.
     *
     * @param recurrenceId the wall-clock start its rule gave it (absent for meetings scheduled by hand)
     * @param holidays     public holidays of the parties on its dates, each in the party's own zone
     * @param outOfTurn    in a series whose venues alternate, present when its (named or confirmed) venue is
     *                     where the meeting before it took place
     * @param seriesOutOfTurn every meeting of its series out of turn, so the answer to scheduling an earlier
     *                     meeting shows the later one it put out of turn
     */
    record MeetingView(String id, String seriesId, String title, String status, Instant start, Instant end,
            @Nullable Venue venue, Map<String, LocalTimes> local, List<PublicHoliday> holidays, int sequence,
            @Nullable LocalDateTime recurrenceId, List<CommitmentLink> agenda, List<String> outcomes,
            @Nullable String minutes, @Nullable String cancelReason, @Nullable OutOfTurn outOfTurn,
            List<String> seriesOutOfTurn) {
    }

    /** The meeting before one out of turn, hosted by the same party. */
    record OutOfTurn(String previousMeeting, Venue previousVenue, String message) {

        static OutOfTurn of(Occurrence meeting, Occurrence previous) {
            return previous == null ? null : new OutOfTurn(previous.id(), previous.venue(), "venues alternate in this"
                    + " series, but the meeting before it (" + previous.id() + ") was also hosted in "
                    + previous.venue().city() + "; move one of them, or schedule them without naming the venue");
        }
    }

    SeriesView series(MeetingSeries s, Caller caller) {
        return new SeriesView(s.id(), s.roadMapId(), s.title(), s.organiser(), s.description(),
                links(s.roadMapId(), s.commitments(), caller), s.timeZone(),
                s.durationMinutes() == null ? null : Duration.ofMinutes(s.durationMinutes()).toString(),
                s.rule() == null ? null : new SeriesView.Recurrence(s.rule(), s.firstStart()), s.venueRule(),
                s.cadence() == null ? null : new SeriesView.Cadence(s.cadence().kind(), s.cadence().firstPeriod(),
                        s.cadence().lastDay()),
                s.version(), s.createdAt(), s.createdBy(), s.updatedAt());
    }

    /** Meetings of one series, their alternation worked out once and the outcomes of those held read at once. */
    List<MeetingView> meetings(MeetingSeries s, List<Occurrence> meetings, ZoneId requested, Caller caller) {
        Map<String, Occurrence> outOfTurn = meetings.isEmpty() ? Map.of() : outOfTurn(s);
        Map<String, MeetingOutcomes> outcomes = held.of(s, meetings);
        return meetings.stream().map(o -> meeting(s, o, requested, caller, outOfTurn,
                outcomes.getOrDefault(o.id(), MeetingOutcomes.none(o.id())))).toList();
    }

    MeetingView meeting(MeetingSeries s, Occurrence o, ZoneId requested, Caller caller) {
        return meeting(s, o, requested, caller, outOfTurn(s), held.of(s, o));
    }

    /** Every meeting of the series out of turn, to its end (a series without one expands to its bound on instances). */
    private static Map<String, Occurrence> outOfTurn(MeetingSeries s) {
        return s.outOfTurn(s.endsBefore() != null ? s.endsBefore().plusDays(1).toInstant(java.time.ZoneOffset.UTC)
                : NO_END);
    }

    private MeetingView meeting(MeetingSeries s, Occurrence o, ZoneId requested, Caller caller,
            Map<String, Occurrence> outOfTurn, MeetingOutcomes outcomes) {
        ZoneId venueZone = o.venue() != null ? o.venue().zone() : ZoneId.of(s.timeZone());
        Map<String, LocalTimes> local = new LinkedHashMap<>();
        local.put("venue", LocalTimes.of(o.start(), o.end(), venueZone, venueZone));
        parties.ofRoadMap(s.roadMapId()).forEach(p -> local.put(p.capital().toLowerCase(java.util.Locale.ROOT),
                LocalTimes.of(o.start(), o.end(), ZoneId.of(p.timeZone()), venueZone)));
        if (requested != null) {
            local.put("requested", LocalTimes.of(o.start(), o.end(), requested, venueZone));
        }
        List<String> agenda = o.agenda().isEmpty() ? s.commitments() : o.agenda();
        return new MeetingView(o.id(), s.id(), s.title(), o.status().code(), o.start(), o.end(), o.venue(), local,
                holidays.during(o.start(), o.end()), o.sequence(), o.fromRule() ? o.nominal() : null,
                links(s.roadMapId(), agenda, caller), outcomes.outcomes(), outcomes.minutes(), o.cancelReason(),
                OutOfTurn.of(o, outOfTurn.get(o.id())), List.copyOf(outOfTurn.keySet()));
    }

    /** The links, without those to commitments the caller may not know of (restricted ones). */
    List<CommitmentLink> links(String roadMapId, List<String> references, Caller caller) {
        Map<String, AgendaCommitment> known = agendaCommitments.resolve(roadMapId, references);
        return references.stream().filter(ref -> known.get(ref) == null || caller.sees(known.get(ref).isRestricted()))
                .map(ref -> {
            AgendaCommitment c = known.get(ref);
            return c == null ? new CommitmentLink(ref, null, null, false) : new CommitmentLink(ref, c.id(), c.title(), true);
        }).toList();
    }
}
