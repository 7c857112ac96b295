package org.roadmap.commitments.commitment.web;

import java.time.Instant;
import java.util.List;

import org.roadmap.commitments.commitment.ProgressReport;

/**
 * One entry of a commitment's progress timeline.
 *
 * @param country the reporting side; absent for an entry from a meeting, which is no one side's
 * @param sides   the sides the entry belongs to: the reporting side, or every side of the commitment for an
 *                entry from a meeting, so a client reads one field for both
 */
record ProgressReportResponse(String id, String country, List<String> sides, String organisation, String reportedBy,
        Instant reportedAt, String summary, List<String> evidence, String level, String health, String meetingId) {

    static ProgressReportResponse of(ProgressReport r) {
        return new ProgressReportResponse(r.id(), r.country(), r.sides(), r.organisation(), r.reportedBy(),
                r.reportedAt(), r.summary(), r.evidence(), r.level() == null ? null : r.level().code(),
                r.health() == null ? null : r.health().code(), r.meetingId());
    }
}
