package org.roadmap.meetings.series;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A change to a series; absent fields stay as they are. {@code recurrence} present but empty ends
 * the recurrence from now on. Timing changes (zone, duration, recurrence, venue rule) apply from
 * now on and leave earlier occurrences as they were.
 */
public record SeriesUpdate(String title, String organiser, Optional<String> description, List<String> commitments,
        String timeZone, Integer durationMinutes, Optional<RuleChange> recurrence, VenueRule venueRule,
        CadenceRule cadence) {

    public record RuleChange(String rule, LocalDateTime firstStart) {
    }

    boolean changesTiming() {
        return timeZone != null || durationMinutes != null || recurrence != null || venueRule != null;
    }
}
