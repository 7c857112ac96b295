package org.roadmap.events.meeting;

import java.time.Instant;

/** An occurrence will not take place; the series goes on. */
public record MeetingCancelled(
        String seriesId,
        String occurrenceId,
        Instant start,
        String reason) {
}
