package org.roadmap.events.meeting;

import java.time.Instant;
import java.util.List;

/** An occurrence of a meeting series got a date. Start and end are instants; the venue gives the local zone. */
public record MeetingScheduled(
        String seriesId,
        String occurrenceId,
        String title,
        Instant start,
        Instant end,
        Venue venue,
        List<String> commitmentIds) {
}
