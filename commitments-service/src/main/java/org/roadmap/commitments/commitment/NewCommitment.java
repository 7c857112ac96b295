package org.roadmap.commitments.commitment;

import java.time.LocalDate;
import java.util.List;

/** What registering a commitment needs, by hand or from a road map import. */
public record NewCommitment(String roadMapId, String pillar, int number, String title, String text,
        List<ResponsibleEntity> responsibleEntities, Cadence cadence, String venue, String meetingSeries,
        LocalDate deadline, boolean restricted, double weight, Annotation annotation) {
}
