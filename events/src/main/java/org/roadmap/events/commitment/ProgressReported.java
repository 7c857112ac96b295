package org.roadmap.events.commitment;

import java.time.Instant;
import java.util.List;

import org.roadmap.events.Identifier;

/**
 * A progress entry on a commitment: one side's responsible agency reported progress, or a
 * meeting with the commitment on its agenda was held.
 *
 * @param level     implementation level on the Open Government Partnership scale:
 *                  {@code no-evidence}, {@code not-started}, {@code limited}, {@code substantial}, {@code complete};
 *                  absent for entries from meetings
 * @param health    {@code on-track}, {@code at-risk} or {@code off-track}; absent for entries from meetings
 * @param country   the reporting side; for an entry from a meeting, the country of its venue (the entry is no
 *                  more that country's than the other's: see {@code sides})
 * @param meetingId the occurrence that was held, for entries from meetings
 * @param sides     the sides the entry belongs to, in country-code order: the reporting side, or every side of
 *                  the commitment for an entry from a meeting; absent in events written before it was added
 */
public record ProgressReported(
        @Identifier String commitmentId,
        @Identifier String roadMapId,
        @Identifier String reportId,
        String reportedBy,
        String organisation,
        String country,
        String level,
        String health,
        String summary,
        List<String> evidence,
        Instant reportedAt,
        @Identifier String meetingId,
        List<String> sides) {
}
