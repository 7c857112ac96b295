package org.roadmap.events.commitment;

import java.time.Instant;
import java.util.List;

/**
 * One side's responsible agency reported progress on a commitment.
 *
 * @param level  implementation level on the Open Government Partnership scale:
 *               {@code no-evidence}, {@code not-started}, {@code limited}, {@code substantial}, {@code complete}
 * @param health {@code on-track}, {@code at-risk} or {@code off-track}
 */
public record ProgressReported(
        String commitmentId,
        String roadMapId,
        String reportId,
        String reportedBy,
        String organisation,
        String country,
        String level,
        String health,
        String summary,
        List<String> evidence,
        Instant reportedAt) {
}
