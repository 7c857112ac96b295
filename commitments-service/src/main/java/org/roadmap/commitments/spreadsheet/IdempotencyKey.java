package org.roadmap.commitments.spreadsheet;


import org.roadmap.platform.aggregate.Fingerprint;
import org.roadmap.commitments.commitment.ReportDraft;

/**
 * The idempotency key of a report from a sheet row: a digest of everything the report says, so
 * uploading the same row again, or retrying an upload that timed out, adds no second report.
 */
final class IdempotencyKey {

    private static final String PREFIX = "progress-sheet-";

    private IdempotencyKey() {
    }

    static String of(String commitmentId, ReportDraft draft) {
        String content = String.join("\u0000", commitmentId, draft.country(), draft.organisation(),
                draft.level().code(), draft.health().code(), draft.summary(), String.join(" ", draft.evidence()));
        return PREFIX + Fingerprint.of(content);
    }
}
