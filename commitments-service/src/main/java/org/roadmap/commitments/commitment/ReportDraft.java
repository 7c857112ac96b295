package org.roadmap.commitments.commitment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * A progress report as submitted, before it has an id and a time. Entries from meetings carry
 * the occurrence id and no level or health: a meeting is evidence of activity, not an assessment.
 */
public record ReportDraft(String country, String organisation, String reportedBy, String summary,
        List<String> evidence, ImplementationLevel level, Health health, String meetingId) {

    public ReportDraft {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    static ReportDraft fromMeeting(String country, String meetingTitle, String summary, String meetingId,
            String recordedBy) {
        String reportedBy = recordedBy == null || recordedBy.isBlank() ? "meetings-service" : recordedBy;
        return new ReportDraft(country, meetingTitle, reportedBy, summary, List.of(), null, null, meetingId);
    }

    ProgressReport toReport(String id, Instant now) {
        return new ProgressReport(id, country, organisation, reportedBy, now, summary, evidence, level, health,
                meetingId, digest());
    }

    /** Fingerprint of the submitted content: a retry has the same, another report reusing the key does not. */
    String digest() {
        String content = String.join("\u0000", country, organisation, String.valueOf(summary), String.join(" ", evidence),
                level == null ? "" : level.code(), health == null ? "" : health.code(), String.valueOf(meetingId));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
