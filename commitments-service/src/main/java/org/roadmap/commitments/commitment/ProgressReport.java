package org.roadmap.commitments.commitment;

import java.time.Instant;
import java.util.List;

/**
 * A dated statement of progress by one side's responsible agency, or an entry recorded because
 * the commitment was on the agenda of a meeting that was held.
 *
 * @param evidence       links to documents that back the statement
 * @param meetingId      the occurrence whose agenda carried the commitment, for entries from meetings
 * @param requestDigest  fingerprint of the request that created it, to tell a retry from a reuse of its Idempotency-Key
 */
public record ProgressReport(String id, String country, String organisation, String reportedBy, Instant reportedAt,
        String summary, List<String> evidence, ImplementationLevel level, Health health, String meetingId,
        String requestDigest) {

    boolean fromMeeting() {
        return meetingId != null;
    }
}
