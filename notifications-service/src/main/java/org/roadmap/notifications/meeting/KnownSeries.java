package org.roadmap.notifications.meeting;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A meeting series as last reported by meetings-service: the road map and commitments its meetings
 * serve, which meeting events do not repeat.
 */
@Document("known_meeting_series")
public record KnownSeries(@Id String id, String roadMapId, String title, List<String> commitmentIds,
        String lastEventId, Instant updatedAt) {

    public KnownSeries {
        commitmentIds = commitmentIds == null ? List.of() : List.copyOf(commitmentIds);
    }
}
