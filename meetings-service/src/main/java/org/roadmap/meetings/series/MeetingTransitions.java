package org.roadmap.meetings.series;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.roadmap.platform.aggregate.TransitionRefusedException;

/**
 * The life of one meeting of a series: scheduled by hand (at the named venue, or its turn where
 * venues alternate), confirmed, moved, cancelled, held. Each returns the series' next state, or the
 * same state when the meeting is already as asked.
 */
final class MeetingTransitions {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private MeetingTransitions() {
    }

    /**
     * Schedules a meeting by hand, e.g. a date for a cadence period of a series without a rule.
     *
     * @param period the label of the cadence period it is for ({@code 2027-2028}); absent: any
     */
    static MeetingSeries schedule(MeetingSeries s, MeetingTime start, MeetingTime end, Venue venue, String period,
            Instant now, String actor) {
        boolean byTurn = venue == null && VenueRule.ALTERNATING.equals(s.venueRule().kind());
        Venue at = venue != null ? venue : byTurn ? turnAt(s, start) : s.venueRule().venueFor(0).orElseThrow(() ->
                new ScheduleRejectedException("venue", "this series agrees its venue per meeting: name the venue"));
        Instant startAt = start.at(at.zone());
        Instant endAt = endOf(startAt, end, at, s.durationMinutes() == null ? null : Duration.ofMinutes(s.durationMinutes()));
        LocalDateTime local = LocalDateTime.ofInstant(startAt, at.zone());
        requireWithinSeries(s, local);
        if (period != null) {
            CadenceRule.Period wanted = s.cadence() == null ? null : s.cadence().periods().stream()
                    .filter(p -> p.label().equals(period) || p.start().toString().equals(period)).findFirst().orElse(null);
            if (wanted == null) {
                throw new ScheduleRejectedException("period", "is not a cadence period of this series");
            }
            if (!wanted.contains(local.toLocalDate())) {
                throw new ScheduleRejectedException("start", "is not within period " + wanted.label());
            }
        }
        String id = freeId(s, s.id() + "-d" + local.format(DAY));
        Optional<Occurrence> same = s.occurrences().stream()
                .filter(o -> !o.fromRule() && o.start().equals(startAt) && o.venue().equals(at)).findFirst();
        if (same.isPresent()) {
            return s;
        }
        Occurrence scheduled = new Occurrence(id, null, null, local, startAt, endAt, at, OccurrenceStatus.CONFIRMED, 0,
                null, List.of(), now, actor, byTurn);
        SeriesDraft next = s.draft();
        next.occurrences = with(s, scheduled);
        return next.commit(List.of(s.occurrenceChange(SeriesChangeKind.OCCURRENCE_SCHEDULED, scheduled, null, now, actor)), now);
    }

    static MeetingSeries confirm(MeetingSeries s, String occurrenceId, Instant now, String actor) {
        Occurrence current = s.find(occurrenceId);
        if (current.status() == OccurrenceStatus.CONFIRMED) {
            return s;
        }
        refuseUnless(current, OccurrenceStatus.PLANNED, "confirmed");
        requireVenue(current);
        Occurrence confirmed = current.withStatus(OccurrenceStatus.CONFIRMED, null, now, actor);
        SeriesDraft next = s.draft();
        next.occurrences = with(s, confirmed);
        return next.commit(List.of(s.occurrenceChange(SeriesChangeKind.OCCURRENCE_SCHEDULED, confirmed, null, now, actor)), now);
    }

    static MeetingSeries cancel(MeetingSeries s, String occurrenceId, String reason, Instant now, String actor) {
        Occurrence current = s.find(occurrenceId);
        if (current.status() == OccurrenceStatus.CANCELLED) {
            return s;
        }
        if (current.status() == OccurrenceStatus.HELD) {
            throw new TransitionRefusedException("status", "Meeting " + occurrenceId + " was held; it cannot be cancelled.");
        }
        Occurrence cancelled = current.withStatus(OccurrenceStatus.CANCELLED, reason, now, actor);
        SeriesDraft next = s.draft();
        next.occurrences = with(s, cancelled);
        return next.commit(List.of(s.occurrenceChange(SeriesChangeKind.OCCURRENCE_CANCELLED, cancelled, null, now, actor)), now);
    }

    static MeetingSeries hold(MeetingSeries s, String occurrenceId, List<String> agenda, List<String> outcomes,
            String minutes, MeetingOutcomes already, Instant now, String actor) {
        Occurrence current = s.find(occurrenceId);
        List<String> heldAgenda = agenda == null || agenda.isEmpty() ? s.commitments() : agenda;
        if (current.status() == OccurrenceStatus.HELD) {
            if (current.agenda().equals(heldAgenda) && already != null
                    && already.outcomes().equals(outcomes == null ? List.of() : outcomes)) {
                return s;
            }
            throw new TransitionRefusedException("status", "Meeting " + occurrenceId + " is already recorded as held.");
        }
        if (current.status() == OccurrenceStatus.CANCELLED) {
            throw new TransitionRefusedException("status", "Meeting " + occurrenceId + " was cancelled; it cannot be held.");
        }
        if (current.start().isAfter(now)) {
            throw new TransitionRefusedException("start", "Meeting " + occurrenceId + " starts at " + current.start()
                    + "; it can be recorded as held once it has started. Move it first if it took place earlier.");
        }
        requireVenue(current);
        Occurrence held = current.held(heldAgenda, now, actor);
        SeriesDraft next = s.draft();
        next.occurrences = with(s, held);
        next.recorded = List.of(new MeetingOutcomes(occurrenceId, outcomes, minutes));
        return next.commit(List.of(s.occurrenceChange(SeriesChangeKind.OCCURRENCE_HELD, held, null, now, actor)), now);
    }

    /**
     * Moves one occurrence, or this one and every later one of its recurrence ({@code thisAndLater}:
     * the recurrence continues from the new time; later ones that were cancelled stay cancelled,
     * later ones that were moved or confirmed follow the rule again).
     */
    static MeetingSeries move(MeetingSeries s, String occurrenceId, MeetingTime start, MeetingTime end, Venue venue,
            boolean thisAndLater, Instant now, String actor) {
        Occurrence current = s.find(occurrenceId);
        if (current.status() == OccurrenceStatus.HELD || current.status() == OccurrenceStatus.CANCELLED) {
            throw new TransitionRefusedException("status", "Meeting " + occurrenceId + " is " + current.status().code()
                    + "; only planned or confirmed meetings move.");
        }
        Venue at = venue != null ? venue : current.venue();
        if (at == null) {
            throw new ScheduleRejectedException("venue", "this meeting has no venue yet: name the venue");
        }
        Instant startAt = start.at(at.zone());
        Instant endAt = endOf(startAt, end, at, Duration.between(current.start(), current.end()));
        requireWithinSeries(s, LocalDateTime.ofInstant(startAt, at.zone()));
        if (!thisAndLater) {
            if (startAt.equals(current.start()) && endAt.equals(current.end()) && at.equals(current.venue())) {
                return s;
            }
            Occurrence moved = current.moved(startAt, endAt, at, venue == null && current.venueByTurn(), now, actor);
            SeriesDraft next = s.draft();
            next.occurrences = with(s, moved);
            return next.commit(List.of(s.occurrenceChange(SeriesChangeKind.OCCURRENCE_RESCHEDULED, moved, current, now, actor)), now);
        }
        return ThisAndLater.move(s, current, startAt, endAt, venue, now, actor);
    }

    /** {@code candidate}, or with a letter appended ({@code b}, {@code c} …) when a meeting that day has it. */
    private static String freeId(MeetingSeries s, String candidate) {
        java.util.Set<String> taken = new java.util.HashSet<>(s.occurrences().stream().map(Occurrence::id).toList());
        String free = candidate;
        for (char suffix = 'b'; taken.contains(free) && suffix <= 'z'; suffix++) {
            free = candidate + suffix;
        }
        return free;
    }

    /** The venue whose turn it is for a meeting scheduled by hand at {@code start}: after the meeting before it. */
    private static Venue turnAt(MeetingSeries s, MeetingTime start) {
        Instant roughly = start.at(java.time.ZoneOffset.UTC);
        List<Occurrence> before = s.occurrencesBetween(Instant.EPOCH, roughly).stream()
                .filter(o -> o.status().takesPlace() && o.venue() != null).toList();
        return Alternation.turnAfter(s.venueRule(), before.isEmpty() ? null : before.get(before.size() - 1).venue());
    }

    private static Instant endOf(Instant start, MeetingTime end, Venue at, Duration fallback) {
        Instant endAt;
        if (end != null) {
            endAt = end.at(at.zone());
        } else if (fallback != null && !fallback.isZero()) {
            endAt = start.plus(fallback);
        } else {
            throw new ScheduleRejectedException("end", "is required: this series has no duration");
        }
        if (!endAt.isAfter(start)) {
            throw new ScheduleRejectedException("end", "must be after start");
        }
        if (Duration.between(start, endAt).compareTo(Duration.ofDays(14)) > 0) {
            throw new ScheduleRejectedException("end", "must be at most 14 days after start");
        }
        return endAt;
    }

    private static void requireWithinSeries(MeetingSeries s, LocalDateTime start) {
        LocalDateTime end = s.endsBefore();
        if (end != null && !start.isBefore(end)) {
            throw new ScheduleRejectedException("start", "is after " + s.cadence().lastDay() + ", the last day of this"
                    + " series (it ends with its road map); to meet later, extend the series' cadence.lastDay first");
        }
    }

    private static void requireVenue(Occurrence occurrence) {
        if (occurrence.venue() == null) {
            throw new TransitionRefusedException("venue", "Meeting " + occurrence.id()
                    + " has no venue yet: move it to its venue first.");
        }
    }

    private static void refuseUnless(Occurrence occurrence, OccurrenceStatus expected, String action) {
        if (occurrence.status() != expected) {
            throw new TransitionRefusedException("status", "Meeting " + occurrence.id() + " is "
                    + occurrence.status().code() + "; only " + expected.code() + " meetings can be " + action + ".");
        }
    }

    private static List<Occurrence> with(MeetingSeries s, Occurrence changed) {
        List<Occurrence> next = new ArrayList<>(s.occurrences().stream().filter(o -> !o.id().equals(changed.id())).toList());
        next.add(changed);
        return next;
    }
}
