package org.roadmap.events.meeting;

import java.util.List;

import org.roadmap.events.Identifier;

/**
 * A meeting series was set up: how often it meets, where, and the commitments it serves.
 *
 * @param recurrenceRule         RFC 5545 RRULE, absent when meetings are scheduled one by one
 * @param firstStart             DTSTART of the rule as wall-clock time at the venue, e.g. {@code 2025-09-16T10:00}
 * @param duration               ISO 8601 duration of one meeting, e.g. {@code PT4H}; optional
 * @param venueRule              {@code fixed}, {@code alternating} or {@code per-occurrence}
 * @param venues                 the venues of the rule, in turn order for {@code alternating}
 * @param cadence                {@code annual}, {@code biennial} or {@code periodic}: what the road map asks of it
 * @param commitmentReferences   road map references it serves, e.g. {@code I.2}
 * @param commitmentIds          the ids of those commitments known when the event was written
 */
public record MeetingSeriesCreated(
        @Identifier String seriesId,
        @Identifier String roadMapId,
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
        String createdBy) {
}
