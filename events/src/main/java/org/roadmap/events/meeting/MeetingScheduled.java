package org.roadmap.events.meeting;

import java.time.Instant;
import java.util.List;

import org.roadmap.events.Identifier;

/**
 * An occurrence of a meeting series got a date. Start and end are instants; the venue gives the local zone.
 *
 * @param status {@code confirmed} (scheduled or confirmed by someone) or {@code planned} (the series'
 *               recurrence plans it, nobody has confirmed it yet); absent in events written before it
 *               existed, which were all confirmed
 */
public record MeetingScheduled(
        @Identifier String seriesId,
        @Identifier String occurrenceId,
        String title,
        Instant start,
        Instant end,
        Venue venue,
        @Identifier List<String> commitmentIds,
        String status) {

    public static final String CONFIRMED = "confirmed";
    public static final String PLANNED = "planned";

    /** Whether nobody has confirmed it yet. */
    public boolean tentative() {
        return PLANNED.equals(status);
    }
}
