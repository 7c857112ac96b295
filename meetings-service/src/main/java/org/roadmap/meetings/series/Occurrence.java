package org.roadmap.meetings.series;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One meeting of a series. Occurrences of a recurrence are computed; only those that differ from
 * their rule (confirmed, moved, cancelled, held, venue overridden) and those scheduled by hand are
 * stored.
 *
 * @param recurrence the {@link Recurrence#number()} it is an instance of; absent when scheduled by hand
 * @param ordinal    its 0-based position in the series' recurrence; absent when scheduled by hand
 * @param nominal    the wall-clock start the rule gave it (its RECURRENCE-ID); for one scheduled by hand, its first start
 * @param sequence   iCalendar SEQUENCE, bumped on every change
 * @param agenda     road map references of the commitments discussed, e.g. {@code I.5}; set when held
 */
public record Occurrence(String id, Integer recurrence, Integer ordinal, LocalDateTime nominal, Instant start,
        Instant end, Venue venue, OccurrenceStatus status, int sequence, String cancelReason, List<String> agenda,
        List<String> outcomes, String minutes, Instant changedAt, String changedBy) {

    public Occurrence {
        agenda = agenda == null ? List.of() : List.copyOf(agenda);
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
    }

    public boolean fromRule() {
        return recurrence != null;
    }

    Occurrence moved(Instant newStart, Instant newEnd, Venue newVenue, Instant now, String actor) {
        return new Occurrence(id, recurrence, ordinal, nominal, newStart, newEnd, newVenue, status, sequence + 1,
                cancelReason, agenda, outcomes, minutes, now, actor);
    }

    Occurrence withStatus(OccurrenceStatus next, String reason, Instant now, String actor) {
        return new Occurrence(id, recurrence, ordinal, nominal, start, end, venue, next, sequence + 1, reason, agenda,
                outcomes, minutes, now, actor);
    }

    Occurrence held(List<String> heldAgenda, List<String> heldOutcomes, String heldMinutes, Instant now, String actor) {
        return new Occurrence(id, recurrence, ordinal, nominal, start, end, venue, OccurrenceStatus.HELD, sequence + 1,
                null, heldAgenda, heldOutcomes, heldMinutes, now, actor);
    }

    /** The same occurrence as an instance of another stretch of the recurrence. */
    Occurrence renumbered(Integer newRecurrence, LocalDateTime newNominal) {
        return new Occurrence(id, newRecurrence, ordinal, newNominal, start, end, venue, status, sequence, cancelReason,
                agenda, outcomes, minutes, changedAt, changedBy);
    }
}
