package org.roadmap.commitments.commitment;

import java.time.Instant;
import java.util.List;

/**
 * A dated statement of progress by one side's responsible agency, or an entry recorded because
 * the commitment was on the agenda of a meeting that was held. A meeting is bilateral: its entry
 * belongs to every side of the commitment, not to the country that hosted it.
 *
 * @param country        the reporting side; {@code null} for entries from meetings
 * @param evidence       links to documents that back the statement
 * @param meetingId      the occurrence whose agenda carried the commitment, for entries from meetings
 * @param requestDigest  fingerprint of the request that created it, to tell a retry from a reuse of its Idempotency-Key
 * @param sides          the sides it belongs to, in country-code order: the reporting side, or for an entry
 *                       from a meeting every side of the commitment
 * @param venueCountry   where the meeting was held, for entries from meetings
 */
public record ProgressReport(String id, String country, String organisation, String reportedBy, Instant reportedAt,
        String summary, List<String> evidence, ImplementationLevel level, Health health, String meetingId,
        String requestDigest, List<String> sides, String venueCountry) {

    public ProgressReport {
        if (meetingId != null && country != null) {
            // stored before meeting entries were joint, when country held the venue's
            venueCountry = venueCountry == null ? country : venueCountry;
            country = null;
        }
        sides = meetingId == null ? (country == null ? List.of() : List.of(country))
                : sides == null ? List.of() : sides.stream().distinct().sorted().toList();
    }

    boolean fromMeeting() {
        return meetingId != null;
    }

    /** This entry from a meeting, belonging to {@code sides}. */
    ProgressReport belongingTo(List<String> sides) {
        return new ProgressReport(id, country, organisation, reportedBy, reportedAt, summary, evidence, level, health,
                meetingId, requestDigest, sides, venueCountry);
    }
}
