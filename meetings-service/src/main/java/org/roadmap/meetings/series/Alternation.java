package org.roadmap.meetings.series;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * "The venue of these meetings will alternate between both countries": in a series whose venues
 * alternate, each meeting that takes place (cancelled ones do not count) is hosted by the party
 * after the one that hosted the meeting before it. A meeting whose venue nobody named or confirmed
 * ({@link Occurrence#venueByTurn()}) takes its turn, so scheduling an earlier meeting later moves
 * it; one whose venue was named, confirmed or held keeps it, and is out of turn when the meeting
 * before it was hosted by the same party.
 */
final class Alternation {

    /** The meetings in start order with their venues in turn, and those out of turn with the meeting before each. */
    record Walk(List<Occurrence> meetings, Map<String, Occurrence> outOfTurn) {
    }

    private Alternation() {
    }

    /**
     * Walks {@code meetings} in start order; {@code takesTurn} says which of them may be placed at their turn
     * (the others keep their venue).
     */
    static Walk walk(MeetingSeries series, List<Occurrence> meetings, Predicate<Occurrence> takesTurn) {
        List<Occurrence> inOrder = new ArrayList<>(meetings);
        inOrder.sort(Comparator.comparing(Occurrence::start).thenComparing(Occurrence::id));
        List<Occurrence> placed = new ArrayList<>(inOrder.size());
        Map<String, Occurrence> outOfTurn = new LinkedHashMap<>();
        Occurrence previous = null;
        for (Occurrence o : inOrder) {
            VenueRule rule = ruleOf(series, o);
            boolean alternates = rule != null && VenueRule.ALTERNATING.equals(rule.kind());
            if (!o.status().takesPlace() || !alternates) {
                placed.add(o);
                previous = o.status().takesPlace() && o.venue() != null ? o : previous;
                continue;
            }
            Venue turn = turnAfter(rule, previous == null ? null : previous.venue());
            Occurrence at = o;
            if (o.venueByTurn() && takesTurn.test(o) && !turn.equals(o.venue())) {
                at = o.inTurnAt(turn);
            } else if (previous != null && o.venue() != null && !o.venueByTurn()
                    && o.venue().country().equals(previous.venue().country())) {
                outOfTurn.put(o.id(), previous);
            }
            placed.add(at);
            previous = at.venue() != null ? at : previous;
        }
        placed.sort(Comparator.comparing(Occurrence::start).thenComparing(Occurrence::id));
        return new Walk(placed, outOfTurn);
    }

    /** The venue whose turn follows {@code previous}: the next party's in the rule's order; the first with none before. */
    static Venue turnAfter(VenueRule rule, Venue previous) {
        List<Venue> venues = rule.venues();
        if (previous == null) {
            return venues.get(0);
        }
        for (int i = 0; i < venues.size(); i++) {
            if (venues.get(i).country().equals(previous.country())) {
                return venues.get((i + 1) % venues.size());
            }
        }
        return venues.get(0);
    }

    /**
     * {@code series} with the meetings it stores whose venue goes by turn, not held and still ahead at {@code now},
     * moved to their turn, each move a change of the write that produced {@code series} (an earlier meeting was
     * added, moved or cancelled).
     */
    static MeetingSeries realigned(MeetingSeries series, Instant now, String actor) {
        List<Occurrence> ahead = series.occurrences().stream()
                .filter(o -> o.venueByTurn() && o.status().takesPlace() && o.status() != OccurrenceStatus.HELD
                        && o.start().isAfter(now))
                .toList();
        if (ahead.isEmpty()) {
            return series;
        }
        Instant last = ahead.stream().map(Occurrence::start).max(Comparator.naturalOrder()).orElseThrow();
        java.util.Set<String> stored = new java.util.HashSet<>(series.occurrences().stream().map(Occurrence::id).toList());
        Walk walk = walk(series, Schedule.between(series, Instant.EPOCH, last.plusSeconds(1)),
                o -> !stored.contains(o.id()) || ahead.contains(o));
        List<Occurrence> turned = walk.meetings().stream()
                .filter(o -> ahead.stream().anyMatch(a -> a.id().equals(o.id()) && !a.equals(o))).toList();
        return turned.isEmpty() ? series : series.inTurn(turned, now, actor);
    }

    private static VenueRule ruleOf(MeetingSeries series, Occurrence o) {
        if (!o.fromRule()) {
            return series.venueRule();
        }
        return series.recurrences().stream().filter(r -> r.number() == o.recurrence()).findFirst()
                .map(Recurrence::venueRule).orElse(series.venueRule());
    }
}
