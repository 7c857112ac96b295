package org.roadmap.events.commitment;

import java.time.LocalDate;

/** A milestone was renamed, moved, or reached (its actual date set). */
public record MilestoneChanged(
        String commitmentId,
        String roadMapId,
        String reference,
        String milestoneId,
        String title,
        LocalDate previousPlannedDate,
        LocalDate plannedDate,
        LocalDate actualDate,
        String changedBy) {
}
