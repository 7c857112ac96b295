package org.roadmap.meetings.series;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * A time as a client gives it: with an offset it is an instant ({@code 2027-10-12T10:00-05:00});
 * without, it is the wall-clock time at the venue ({@code 2027-10-12T10:00}).
 */
public record MeetingTime(LocalDateTime local, ZoneOffset offset) {

    public static MeetingTime parse(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            if (text.endsWith("Z") || text.matches(".*T.*[+-]\\d{2}:?\\d{2}$")) {
                java.time.OffsetDateTime absolute = java.time.OffsetDateTime.parse(text.strip());
                return new MeetingTime(absolute.toLocalDateTime(), absolute.getOffset());
            }
            return new MeetingTime(LocalDateTime.parse(text.strip()), null);
        } catch (DateTimeParseException e) {
            throw new ScheduleRejectedException(field,
                    "must be a date-time such as 2027-10-12T10:00 (at the venue) or 2027-10-12T10:00-05:00");
        }
    }

    public Instant at(ZoneId venueZone) {
        return offset != null ? local.atOffset(offset).toInstant() : local.atZone(venueZone).toInstant();
    }
}
