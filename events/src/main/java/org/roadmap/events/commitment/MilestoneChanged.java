package org.roadmap.events.commitment;

import java.time.LocalDate;

import org.roadmap.events.Identifier;

/** A milestone was renamed, moved, or reached (its actual date set). */
public record MilestoneChanged(
        @Identifier String commitmentId,
        @Identifier String roadMapId,
        @Identifier String reference,
        @Identifier String milestoneId,
        String title,
        LocalDate previousPlannedDate,
        LocalDate plannedDate,
        LocalDate actualDate,
        String changedBy) {
}
