package org.roadmap.meetings.series;

import java.time.Instant;
import java.util.Set;

/**
 * From when a change to a series' settings applies, recorded beside the changed fields.
 *
 * @param effectiveFrom the instant the new settings apply from
 * @param fromMeeting   the meeting they apply from, when one meeting was moved with all later ones
 */
public record EffectiveFrom(Instant effectiveFrom, String fromMeeting) {

    /** The keys it adds to a change's fields, which are not fields of the series. */
    public static final Set<String> KEYS = Set.of("effectiveFrom", "fromMeeting");
}
