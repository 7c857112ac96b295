package org.roadmap.notifications.commitment;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.roadmap.events.commitment.ResponsibleEntity;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A commitment as last reported by commitments-service: what its alerts and subscriptions are about.
 * What only its registration says ({@code roadMapId}, {@code reference}, {@code title}) is absent while a
 * later event has arrived before it.
 *
 * @param level       consolidated implementation level; {@code complete} stops its reminders
 * @param milestones  its milestones, with planned and (once reached) actual dates
 * @param lastEventId the event that last changed this projection
 */
@Document("known_commitments")
public record KnownCommitment(
        @Id String id,
        @Nullable String roadMapId,
        @Nullable String reference,
        @Nullable String pillar,
        @Nullable String title,
        @Nullable LocalDate deadline,
        List<ResponsibleEntity> responsibleEntities,
        boolean restricted,
        @Nullable String meetingSeries,
        @Nullable String level,
        List<KnownMilestone> milestones,
        String lastEventId,
        Instant updatedAt) {

    public KnownCommitment {
        responsibleEntities = responsibleEntities == null ? List.of() : List.copyOf(responsibleEntities);
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
    }

    public boolean complete() {
        return "complete".equals(level);
    }

    public List<String> entityNames() {
        return responsibleEntities.stream().map(ResponsibleEntity::name).toList();
    }

    /** A milestone of the commitment; reached once {@code actualDate} is set. */
    public record KnownMilestone(String id, String title, LocalDate plannedDate, @Nullable LocalDate actualDate) {
    }
}
