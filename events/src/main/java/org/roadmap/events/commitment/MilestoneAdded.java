package org.roadmap.events.commitment;

import java.time.LocalDate;

import org.roadmap.events.Identifier;

/**
 * A milestone was planned for a commitment. commitments-service keeps at most {@link #MOST_PER_COMMITMENT} milestones
 * a commitment (they are in its document, which every change of it writes), so no more are ever added.
 */
public record MilestoneAdded(
        @Identifier String commitmentId,
        @Identifier String roadMapId,
        @Identifier String reference,
        @Identifier String milestoneId,
        String title,
        LocalDate plannedDate,
        LocalDate actualDate,
        String addedBy) {

    /** The most milestones a commitment has. */
    public static final int MOST_PER_COMMITMENT = 100;
}
