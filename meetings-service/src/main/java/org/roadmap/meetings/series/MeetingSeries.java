package org.roadmap.meetings.series;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.roadmap.platform.aggregate.Appended;
import org.roadmap.platform.aggregate.Change;
import org.roadmap.platform.aggregate.HistoryTail;
import org.roadmap.platform.aggregate.HistoryValues;
import org.roadmap.platform.aggregate.Versioned;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A recurring bilateral meeting, e.g. the biennial Japan–Peru Political Dialogue Mechanism: its
 * recurrence, time zone, duration, organiser, venue rule, the commitments it serves (by road map
 * reference), the cadence the road map asks of it, and its occurrences.
 * <p>
 * Immutable: each change returns the next state with {@link #version} incremented and
 * {@link Change}s appended to {@link #history}; the messaging adapter turns them into integration
 * events stored in the same write. The document keeps only how many changes there are and those of
 * the latest write ({@link HistoryTail}); the whole history is a log of its own
 * ({@code meeting_series_history}), so a write costs the same however old the series. A change to the
 * series applies from now on: the stretch of the recurrence before now is kept as it was
 * ({@link Recurrence}), so the past is never rewritten.
 *
 * @param commitments road map references of the commitments it serves, e.g. {@code I.2}, {@code I.5}
 * @param timeZone    zone of the series' recurrence and of its cadence periods
 * @param rule        the current RRULE, absent when meetings are scheduled one by one
 * @param firstStart  DTSTART of the current rule (wall-clock)
 * @param recurrences every stretch of the recurrence, oldest first
 * @param occurrences the occurrences that differ from their rule, and those scheduled by hand
 * @param alerts      cadence periods already reported at risk, as {@code <period start>:<reason>}
 * @param announcedUntil meetings of the rule starting before this instant have been announced to the other
 *                    services ({@link Announcements}); absent: none
 * @param recorded    the outcomes and minutes of the meetings the latest write recorded as held: that write appends
 *                    them to their log ({@link HeldMeetings}), and the next write leaves them out
 * @param history     how many changes it has had, and those of its latest write; every change is in its log
 */
@Document(MeetingSeries.COLLECTION)
public record MeetingSeries(
        @Id String id,
        String roadMapId,
        String title,
        String organiser,
        String description,
        List<String> commitments,
        String timeZone,
        Integer durationMinutes,
        VenueRule venueRule,
        String rule,
        LocalDateTime firstStart,
        CadenceRule cadence,
        List<Recurrence> recurrences,
        List<Occurrence> occurrences,
        List<String> alerts,
        Instant announcedUntil,
        List<MeetingOutcomes> recorded,
        HistoryTail history,
        long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt) implements Versioned<MeetingSeries> {

    /** Its collection; its history and the requests that changed it are in logs named after it. */
    public static final String COLLECTION = "meeting_series";

    public MeetingSeries {
        commitments = commitments == null ? List.of() : List.copyOf(commitments);
        recurrences = recurrences == null ? List.of() : List.copyOf(recurrences);
        occurrences = occurrences == null ? List.of() : List.copyOf(occurrences);
        alerts = alerts == null ? List.of() : List.copyOf(alerts);
        recorded = recorded == null ? List.of() : List.copyOf(recorded);
        history = history == null ? HistoryTail.of(List.of()) : history;
    }

    static MeetingSeries create(NewSeries n, Instant now, String actor) {
        List<Recurrence> recurrences = n.rule() == null ? List.of()
                : List.of(new Recurrence(1, n.rule(), n.firstStart(), n.timeZone(), n.durationMinutes(), n.venueRule(),
                        null, null, 0, 0));
        Map<String, Object> created = new LinkedHashMap<>();
        created.put("title", n.title());
        created.put("rule", n.rule());
        created.put("firstStart", HistoryValues.of(n.firstStart()));
        return new MeetingSeries(n.id(), n.roadMapId(), n.title(), n.organiser(), n.description(), n.commitments(),
                n.timeZone(), n.durationMinutes(), n.venueRule(), n.rule(), n.firstStart(), n.cadence(), recurrences,
                List.of(), List.of(), null, List.of(),
                HistoryTail.of(List.of(Change.of(SeriesChangeKind.CREATED, now, actor, 1, null, created))), 1, now, actor,
                now);
    }

    // ------------------------------------------------------------------ queries

    /** Occurrences starting in {@code [from, to)}, in start order, cancelled ones included. */
    public List<Occurrence> occurrencesBetween(Instant from, Instant to) {
        return Schedule.between(this, from, to);
    }

    public Optional<Occurrence> occurrence(String occurrenceId) {
        return Schedule.find(this, occurrenceId);
    }

    /**
     * The instances of each stretch of the recurrence whose wall-clock start is before {@code to}, each with its
     * meeting (stored, or where the series places it), as a calendar feed writes them.
     */
    public Map<Recurrence, List<Recurrence.Meeting>> instancesBefore(LocalDateTime to) {
        return Schedule.instancesBefore(this, to);
    }

    @Override
    public MeetingSeries withHistory(HistoryTail history) {
        return new MeetingSeries(id, roadMapId, title, organiser, description, commitments, timeZone, durationMinutes,
                venueRule, rule, firstStart, cadence, recurrences, occurrences, alerts, announcedUntil, recorded, history,
                version, createdAt, createdBy, updatedAt);
    }

    /** The outcomes the latest write recorded, appended to their log with it. */
    @Override
    public List<Appended> appended() {
        return recorded.stream().map(r -> HeldMeetings.appended(id, r)).toList();
    }

    public Duration duration() {
        return durationMinutes == null ? null : Duration.ofMinutes(durationMinutes);
    }

    /**
     * A series ends with its road map: it has no meeting after its cadence's last day (by default the
     * road map's), so its recurrence stops at the start of the day after, wall-clock at each venue.
     * Absent for a series without a last day.
     */
    public LocalDateTime endsBefore() {
        return cadence == null || cadence.lastDay() == null ? null : cadence.lastDay().plusDays(1).atStartOfDay();
    }

    public static String occurrenceId(String seriesId, int ordinal) {
        return seriesId + "-" + (ordinal + 1);
    }

    /** The series an occurrence id belongs to: ids are {@code <series>-<n>} or {@code <series>-d<yyyymmdd>}. */
    public static String seriesIdOf(String occurrenceId) {
        int dash = occurrenceId.lastIndexOf('-');
        return dash <= 0 ? occurrenceId : occurrenceId.substring(0, dash);
    }

    static Integer ordinalOf(String seriesId, String occurrenceId) {
        String suffix = occurrenceId.startsWith(seriesId + "-") ? occurrenceId.substring(seriesId.length() + 1) : "";
        if (!suffix.matches("[1-9][0-9]{0,5}")) {
            return null;
        }
        return Integer.parseInt(suffix) - 1;
    }

    // ------------------------------------------------------------------ changes of the series

    MeetingSeries change(SeriesUpdate u, Instant now, String actor) {
        return SettingsChange.apply(this, u, now, actor);
    }

    // ------------------------------------------------------------------ meetings (MeetingTransitions)

    /**
     * Schedules a meeting by hand, e.g. a date for a cadence period of a series without a rule.
     *
     * @param period the label of the cadence period it is for ({@code 2027-2028}); absent: any
     */
    MeetingSeries schedule(MeetingTime start, MeetingTime end, Venue venue, String period, Instant now, String actor) {
        return MeetingTransitions.schedule(this, start, end, venue, period, now, actor);
    }

    MeetingSeries confirm(String occurrenceId, Instant now, String actor) {
        return MeetingTransitions.confirm(this, occurrenceId, now, actor);
    }

    MeetingSeries cancel(String occurrenceId, String reason, Instant now, String actor) {
        return MeetingTransitions.cancel(this, occurrenceId, reason, now, actor);
    }

    /** @param already what the meeting recorded when it was held, if it was: the same again changes nothing */
    MeetingSeries hold(String occurrenceId, List<String> agenda, List<String> outcomes, String minutes,
            MeetingOutcomes already, Instant now, String actor) {
        return MeetingTransitions.hold(this, occurrenceId, agenda, outcomes, minutes, already, now, actor);
    }

    /**
     * Moves one occurrence, or this one and every later one of its recurrence ({@code thisAndLater}, {@link ThisAndLater}).
     */
    MeetingSeries move(String occurrenceId, MeetingTime start, MeetingTime end, Venue venue, boolean thisAndLater,
            Instant now, String actor) {
        return MeetingTransitions.move(this, occurrenceId, start, end, venue, thisAndLater, now, actor);
    }

    // ------------------------------------------------------------------ cadence alerts and request keys

    /** Records that a cadence period was reported at risk, once per period and reason. */
    MeetingSeries alert(PeriodAtRisk period, Instant now) {
        if (alerts.contains(period.key())) {
            return this;
        }
        SeriesDraft next = draft();
        next.alerts = new ArrayList<>(alerts);
        next.alerts.add(period.key());
        return next.commit(List.of(Change.of(SeriesChangeKind.CADENCE_PERIOD_AT_RISK, now, "cadence-watch",
                version + 1, null, period)), now);
    }

    /**
     * This state with announcements made up to {@code until}: their changes join the write that produced
     * this state, or ({@code ownWrite}) make a write of their own.
     */
    MeetingSeries announced(List<Change> changes, Instant until, boolean ownWrite, Instant now) {
        SeriesDraft next = draft();
        next.announcedUntil = until;
        return ownWrite ? next.commit(changes, now) : next.build(version, updatedAt, changes);
    }

    /** This state with {@code turned} (meetings moved to their venue's turn) as changes of the write that produced it. */
    MeetingSeries inTurn(List<Occurrence> turned, Instant now, String actor) {
        List<Occurrence> next = new ArrayList<>(occurrences);
        List<Change> changes = new ArrayList<>();
        for (Occurrence o : turned) {
            Occurrence was = find(o.id());
            Occurrence moved = was.moved(o.start(), o.end(), o.venue(), true, now, actor);
            next.replaceAll(stored -> stored.id().equals(o.id()) ? moved : stored);
            changes.add(meetingChange(SeriesChangeKind.OCCURRENCE_RESCHEDULED, moved, was, version, now, actor));
        }
        SeriesDraft draft = draft();
        draft.occurrences = next;
        return draft.build(version, updatedAt, changes);
    }

    /** Meetings starting before {@code to} whose named venue breaks the alternation, each with the meeting before it. */
    public Map<String, Occurrence> outOfTurn(Instant to) {
        return Schedule.walk(this, to).outOfTurn();
    }

    // ------------------------------------------------------------------ helpers

    Occurrence find(String occurrenceId) {
        return occurrence(occurrenceId).orElseThrow(() -> new OccurrenceNotFoundException(occurrenceId));
    }

    int nextRecurrenceNumber() {
        return recurrences.stream().mapToInt(Recurrence::number).max().orElse(0) + 1;
    }

    Change occurrenceChange(SeriesChangeKind kind, Occurrence occurrence, Occurrence previous, Instant now,
            String actor) {
        return meetingChange(kind, occurrence, previous, version + 1, now, actor);
    }

    /** A change to one meeting: where and when it is now, and (for a move) where and when it was. */
    static Change meetingChange(SeriesChangeKind kind, Occurrence occurrence, Occurrence previous, long version,
            Instant now, String actor) {
        return Change.of(kind, now, actor, version, previous == null ? null : MeetingChange.Place.of(previous),
                MeetingChange.of(occurrence));
    }

    SeriesDraft draft() {
        return new SeriesDraft(this);
    }
}
