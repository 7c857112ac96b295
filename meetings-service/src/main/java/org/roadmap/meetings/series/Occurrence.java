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
 * @param agenda     road map references of the commitments discussed, e.g. {@code I.5}; set when held (its outcomes
 *                   and minutes are kept beside the series: {@link HeldMeetings})
 * @param venueByTurn its venue is its turn in a series whose venues alternate, not one anybody named or confirmed:
 *                   it follows the turn when earlier meetings change ({@link Alternation})
 */
public record Occurrence(String id, Integer recurrence, Integer ordinal, LocalDateTime nominal, Instant start,
        Instant end, Venue venue, OccurrenceStatus status, int sequence, String cancelReason, List<String> agenda,
        Instant changedAt, String changedBy, boolean venueByTurn) {

    public Occurrence {
        agenda = agenda == null ? List.of() : List.copyOf(agenda);
    }

    public boolean fromRule() {
        return recurrence != null;
    }

    /** Moved; {@code byTurn}: the venue is still its turn (nobody named it). */
    Occurrence moved(Instant newStart, Instant newEnd, Venue newVenue, boolean byTurn, Instant now, String actor) {
        return new Occurrence(id, recurrence, ordinal, nominal, newStart, newEnd, newVenue, status, sequence + 1,
                cancelReason, agenda, now, actor, byTurn);
    }

    /** Confirming a meeting confirms its venue too: it no longer follows the turn. */
    Occurrence withStatus(OccurrenceStatus next, String reason, Instant now, String actor) {
        return new Occurrence(id, recurrence, ordinal, nominal, start, end, venue, next, sequence + 1, reason, agenda,
                now, actor, venueByTurn && next != OccurrenceStatus.CONFIRMED);
    }

    Occurrence held(List<String> heldAgenda, Instant now, String actor) {
        return new Occurrence(id, recurrence, ordinal, nominal, start, end, venue, OccurrenceStatus.HELD, sequence + 1,
                null, heldAgenda, now, actor, false);
    }

    /** At the venue of its turn, at the same wall-clock time there as where it was (as a rule places its meetings). */
    Occurrence inTurnAt(Venue turn) {
        LocalDateTime wallClock = venue != null ? LocalDateTime.ofInstant(start, venue.zone()) : nominal;
        Instant newStart = wallClock.atZone(turn.zone()).toInstant();
        return new Occurrence(id, recurrence, ordinal, nominal, newStart, newStart.plus(java.time.Duration.between(start, end)),
                turn, status, sequence, cancelReason, agenda, changedAt, changedBy, true);
    }
}
