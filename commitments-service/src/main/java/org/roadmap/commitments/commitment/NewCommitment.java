package org.roadmap.commitments.commitment;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.Nullable;

/**
 * What registering a commitment needs, by hand or from a road map import.
 *
 * @param suggestions the evidence for an imported commitment's suggested structure; absent otherwise
 */
public record NewCommitment(String roadMapId, String pillar, int number, String title, String text,
        List<ResponsibleEntity> responsibleEntities, Cadence cadence, String venue, String meetingSeries,
        LocalDate deadline, boolean restricted, double weight, Annotation annotation,
        @Nullable Suggestions suggestions) {

    /** A commitment with no suggestions behind it: registered by hand or curated. */
    public NewCommitment(String roadMapId, String pillar, int number, String title, String text,
            List<ResponsibleEntity> responsibleEntities, Cadence cadence, String venue, String meetingSeries,
            LocalDate deadline, boolean restricted, double weight, Annotation annotation) {
        this(roadMapId, pillar, number, title, text, responsibleEntities, cadence, venue, meetingSeries, deadline,
                restricted, weight, annotation, null);
    }
}
