package org.roadmap.events.meeting;

import java.time.Instant;
import java.util.List;

import org.roadmap.events.Identifier;

/**
 * An occurrence took place. Each commitment on its agenda gains a progress entry in
 * commitments-service.
 *
 * @param recordedBy who recorded it, {@code name (sub)} of their token; absent in events made before
 *                   it was added, which commitments-service attributes to meetings-service
 */
public record MeetingHeld(
        @Identifier String seriesId,
        @Identifier String occurrenceId,
        String title,
        Instant start,
        Instant end,
        Venue venue,
        @Identifier List<String> agendaCommitmentIds,
        List<String> outcomes,
        String recordedBy) {
}
