package org.roadmap.events.commitment;

import java.util.List;

import org.roadmap.events.Identifier;

/**
 * A commitment's descriptive fields changed. Carries their new values, so a projection can
 * apply it without asking commitments-service.
 *
 * @param changed names of the fields that changed, e.g. {@code title}, {@code responsibleEntities}
 */
public record CommitmentUpdated(
        @Identifier String commitmentId,
        @Identifier String roadMapId,
        @Identifier String reference,
        List<String> changed,
        String title,
        List<ResponsibleEntity> responsibleEntities,
        boolean restricted,
        double weight,
        String updatedBy) {
}
