package org.roadmap.events.commitment;

import java.time.LocalDate;

/** A milestone was planned for a commitment. */
public record MilestoneAdded(
        String commitmentId,
        String roadMapId,
        String reference,
        String milestoneId,
        String title,
        LocalDate plannedDate,
        LocalDate actualDate,
        String addedBy) {
}
