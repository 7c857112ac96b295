package org.roadmap.events.commitment;

import org.roadmap.events.Identifier;

/**
 * A commitment's health flag changed: {@code on-track}, {@code at-risk} or {@code off-track}, the
 * worse of the two sides' assessments.
 */
public record CommitmentHealthChanged(
        @Identifier String commitmentId,
        @Identifier String roadMapId,
        @Identifier String reference,
        String previousHealth,
        String health,
        String changedBy) {
}
