package org.roadmap.events.meeting;

import java.time.Instant;

import org.roadmap.events.Identifier;

/** An occurrence moved in time or place. */
public record MeetingRescheduled(
        @Identifier String seriesId,
        @Identifier String occurrenceId,
        Instant previousStart,
        Instant start,
        Instant end,
        Venue venue) {
}
