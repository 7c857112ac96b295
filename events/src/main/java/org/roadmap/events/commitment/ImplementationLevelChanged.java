package org.roadmap.events.commitment;

/**
 * The consolidated implementation level of a commitment changed (Open Government Partnership
 * scale: {@code no-evidence}, {@code not-started}, {@code limited}, {@code substantial},
 * {@code complete}). Where the two sides' own assessments differ, the lower one is the
 * consolidated level and {@code disagreement} is set.
 */
public record ImplementationLevelChanged(
        String commitmentId,
        String roadMapId,
        String reference,
        String previousLevel,
        String level,
        boolean disagreement,
        String reportId,
        String changedBy) {
}
