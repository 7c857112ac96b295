package org.roadmap.events.meeting;

import java.time.Instant;
import java.util.List;

import org.roadmap.events.Identifier;

/**
 * A meeting series changed. Carries the series' settings after the change; {@code changed} names
 * the fields that changed. Timing changes apply from {@code effectiveFrom} on: earlier meetings
 * stay as they were.
 */
public record MeetingSeriesChanged(
        @Identifier String seriesId,
        @Identifier String roadMapId,
        List<String> changed,
        String title,
        String organiser,
        String timeZone,
        String duration,
        String recurrenceRule,
        String firstStart,
        String venueRule,
        List<Venue> venues,
        String cadence,
        @Identifier List<String> commitmentReferences,
        @Identifier List<String> commitmentIds,
        Instant effectiveFrom,
        String changedBy) {
}
