package org.roadmap.events.meeting;

import java.time.Instant;

import org.roadmap.events.Identifier;

/** An occurrence will not take place; the series goes on. */
public record MeetingCancelled(
        @Identifier String seriesId,
        @Identifier String occurrenceId,
        Instant start,
        String reason) {
}
