package org.roadmap.events.commitment;

/**
 * A commitment's health flag changed: {@code on-track}, {@code at-risk} or {@code off-track}, the
 * worse of the two sides' assessments.
 */
public record CommitmentHealthChanged(
        String commitmentId,
        String roadMapId,
        String reference,
        String previousHealth,
        String health,
        String changedBy) {
}
