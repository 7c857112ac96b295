package org.roadmap.commitments.commitment.web;

import java.time.Instant;
import java.util.List;

import org.roadmap.commitments.commitment.ProgressReport;

/** One entry of a commitment's progress timeline. */
record ProgressReportResponse(String id, String country, String organisation, String reportedBy, Instant reportedAt,
        String summary, List<String> evidence, String level, String health, String meetingId) {

    static ProgressReportResponse of(ProgressReport r) {
        return new ProgressReportResponse(r.id(), r.country(), r.organisation(), r.reportedBy(), r.reportedAt(),
                r.summary(), r.evidence(), r.level() == null ? null : r.level().code(),
                r.health() == null ? null : r.health().code(), r.meetingId());
    }
}
