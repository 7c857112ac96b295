package org.roadmap.notifications.commitment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.roadmap.events.commitment.ResponsibleEntity;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A commitment as last reported by commitments-service.
 *
 * @param lastEventId the event that last changed this projection
 */
@Document("known_commitments")
public record KnownCommitment(
        @Id String id,
        String roadMapId,
        String reference,
        String title,
        LocalDate deadline,
        List<ResponsibleEntity> responsibleEntities,
        boolean restricted,
        String lastEventId,
        Instant updatedAt) {
}
