package org.roadmap.meetings.series.web;

import java.time.Duration;
import java.time.format.DateTimeParseException;

import org.roadmap.platform.web.InvalidInputException;

/** Durations of meetings as clients write them. */
final class Durations {

    private Durations() {
    }

    /** An ISO 8601 duration of a meeting, in whole minutes: {@code PT4H}, {@code PT90M}, {@code P2D}. */
    static Integer minutes(String field, String iso) {
        if (iso == null) {
            return null;
        }
        Duration duration;
        try {
            duration = Duration.parse(iso.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be an ISO 8601 duration such as PT4H or PT90M");
        }
        if (duration.isNegative() || duration.isZero() || duration.compareTo(Duration.ofDays(14)) > 0
                || duration.toSeconds() % 60 != 0) {
            throw new InvalidInputException(field, "must be whole minutes, more than none and at most 14 days");
        }
        return (int) duration.toMinutes();
    }
}
