package org.roadmap.meetings.series;

import java.util.List;
import java.util.Optional;

/**
 * Where a series' occurrences take place: always the same venue ({@code fixed}), the parties'
 * venues in turn by occurrence ({@code alternating}, first venue first), or agreed each time
 * ({@code per-occurrence}). Any single occurrence may override it.
 */
public record VenueRule(String kind, List<Venue> venues) {

    public static final String FIXED = "fixed";
    public static final String ALTERNATING = "alternating";
    public static final String PER_OCCURRENCE = "per-occurrence";

    public VenueRule {
        venues = venues == null ? List.of() : List.copyOf(venues);
    }

    public static VenueRule perOccurrence() {
        return new VenueRule(PER_OCCURRENCE, List.of());
    }

    /** The venue of the occurrence with this 0-based position in the series, if the rule decides it. */
    public Optional<Venue> venueFor(int ordinal) {
        if (venues.isEmpty() || PER_OCCURRENCE.equals(kind)) {
            return Optional.empty();
        }
        return Optional.of(FIXED.equals(kind) ? venues.get(0) : venues.get(Math.floorMod(ordinal, venues.size())));
    }
}
