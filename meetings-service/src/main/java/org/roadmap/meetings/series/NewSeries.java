package org.roadmap.meetings.series;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A series to create, already checked by {@link MeetingSeriesManagement}.
 *
 * @param commitments road map references of the commitments it serves, e.g. {@code I.2}
 * @param rule        RRULE, or absent for a series whose meetings are scheduled one by one
 */
public record NewSeries(String id, String roadMapId, String title, String organiser, String description,
        List<String> commitments, String timeZone, Integer durationMinutes, String rule, LocalDateTime firstStart,
        VenueRule venueRule, CadenceRule cadence) {
}
