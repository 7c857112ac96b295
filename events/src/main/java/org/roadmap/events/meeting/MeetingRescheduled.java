package org.roadmap.events.meeting;

import java.time.Instant;

/** An occurrence moved in time or place. */
public record MeetingRescheduled(
        String seriesId,
        String occurrenceId,
        Instant previousStart,
        Instant start,
        Instant end,
        Venue venue) {
}
