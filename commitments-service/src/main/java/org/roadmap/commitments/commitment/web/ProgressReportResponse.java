package org.roadmap.commitments.commitment.web;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.List;

import org.roadmap.commitments.commitment.ProgressReport;

/**
 * One entry of a commitment's progress timeline.
 *
 * @param country the reporting side; absent for an entry from a meeting, which is no one side's
 * @param level   absent for an entry from a meeting, like {@code health}
 * @param sides   the sides the entry belongs to: the reporting side, or every side of the commitment for an
 *                entry from a meeting, so a client reads one field for both
 */
record ProgressReportResponse(String id, @Nullable String country, List<String> sides, String organisation,
        String reportedBy, Instant reportedAt, String summary, List<String> evidence, @Nullable String level,
        @Nullable String health, @Nullable String meetingId) {

    static ProgressReportResponse of(ProgressReport r) {
        return new ProgressReportResponse(r.id(), r.country(), r.sides(), r.organisation(), r.reportedBy(),
                r.reportedAt(), r.summary(), r.evidence(), r.level() == null ? null : r.level().code(),
                r.health() == null ? null : r.health().code(), r.meetingId());
    }
}
