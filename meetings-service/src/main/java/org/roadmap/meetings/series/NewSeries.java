package org.roadmap.meetings.series;

import java.time.LocalDateTime;
import java.util.List;

import org.roadmap.events.TextLimits;

/**
 * A series to create, already checked by {@link MeetingSeriesManagement}.
 *
 * @param commitments road map references of the commitments it serves, e.g. {@code I.2}
 * @param rule        RRULE, or absent for a series whose meetings are scheduled one by one
 */
public record NewSeries(String id, String roadMapId, String title, String organiser, String description,
        List<String> commitments, String timeZone, Integer durationMinutes, String rule, LocalDateTime firstStart,
        VenueRule venueRule, CadenceRule cadence) {

    /** The longest title a series may have, however it is made (the API, an offer). */
    public static final int LONGEST_TITLE = TextLimits.SERIES_TITLE;
    /** The longest organiser a series may name. */
    public static final int LONGEST_ORGANISER = TextLimits.ORGANISER;
}
