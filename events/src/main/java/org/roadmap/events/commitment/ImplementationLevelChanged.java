package org.roadmap.events.commitment;

import org.roadmap.events.Identifier;

/**
 * The consolidated implementation level of a commitment changed (Open Government Partnership
 * scale: {@code no-evidence}, {@code not-started}, {@code limited}, {@code substantial},
 * {@code complete}). Where the two sides' own assessments differ, the lower one is the
 * consolidated level and {@code disagreement} is set.
 */
public record ImplementationLevelChanged(
        @Identifier String commitmentId,
        @Identifier String roadMapId,
        @Identifier String reference,
        String previousLevel,
        String level,
        boolean disagreement,
        @Identifier String reportId,
        String changedBy) {
}
