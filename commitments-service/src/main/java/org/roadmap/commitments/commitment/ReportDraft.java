package org.roadmap.commitments.commitment;

import java.time.Instant;
import java.util.List;

import org.roadmap.events.TextLimits;
import org.roadmap.platform.aggregate.Fingerprint;

/**
 * A progress report as submitted, before it has an id and a time. Entries from meetings carry
 * the occurrence id and no level or health: a meeting is evidence of activity, not an assessment.
 *
 * @param country the reporting side; for an entry from a meeting, the venue's country (the entry itself
 *                belongs to every side of the commitment)
 */
public record ReportDraft(String country, String organisation, String reportedBy, String summary,
        List<String> evidence, ImplementationLevel level, Health health, String meetingId) {

    /** The longest summary a report may have, in UTF-16 units as the API counts them. */
    public static final int LONGEST_SUMMARY = 10_000;
    /** The longest organisation a report may name (a meeting's entry names the meeting), in UTF-16 units. */
    public static final int LONGEST_ORGANISATION = 300;

    public ReportDraft {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    static ReportDraft fromMeeting(String venueCountry, String meetingTitle, String summary, String meetingId,
            String recordedBy) {
        String reportedBy = recordedBy == null || recordedBy.isBlank() ? "meetings-service" : recordedBy;
        return new ReportDraft(venueCountry, meetingTitle, reportedBy, bounded(summary), List.of(), null, null,
                meetingId);
    }

    /**
     * A meeting's summary cut to what a person's report may hold, with an ellipsis, at a whole character: its
     * outcomes (up to 100 of 2,000 characters) could make it twenty times that, and the meeting keeps them all.
     */
    private static String bounded(String summary) {
        return TextLimits.fitted(summary, LONGEST_SUMMARY);
    }

    /** The report; an entry from a meeting gets its sides from the commitment it is added to. */
    ProgressReport toReport(String id, Instant now) {
        boolean fromMeeting = meetingId != null;
        return new ProgressReport(id, fromMeeting ? null : country, organisation, reportedBy, now, summary, evidence,
                level, health, meetingId, digest(), List.of(), fromMeeting ? country : null);
    }

    /**
     * Fingerprint of the submitted content: a retry has the same, another report reusing the key does not.
     * A meeting's venue stands where a side's country does, so a meeting delivered again still matches
     * the entry it made before entries from meetings had sides.
     */
    String digest() {
        String content = String.join("\u0000", country, organisation, String.valueOf(summary), String.join(" ", evidence),
                level == null ? "" : level.code(), health == null ? "" : health.code(), String.valueOf(meetingId));
        return Fingerprint.of(content);
    }
}
