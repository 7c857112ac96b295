package org.roadmap.commitments.spreadsheet;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

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
        try {
            return PREFIX + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
