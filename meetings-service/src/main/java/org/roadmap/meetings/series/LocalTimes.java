package org.roadmap.meetings.series;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * A meeting's start and end as the clock on the wall shows them in one zone, e.g. 10:00 in Lima
 * is 00:00 the next day in Tokyo ({@code dayOffset} 1 against the venue's date).
 *
 * @param dayOffset days between the date here and the date at the venue
 */
public record LocalTimes(String zone, OffsetDateTime start, OffsetDateTime end, LocalDate date, int dayOffset) {

    public static LocalTimes of(Instant start, Instant end, ZoneId zone, ZoneId venueZone) {
        OffsetDateTime localStart = start.atZone(zone).toOffsetDateTime();
        LocalDate venueDate = start.atZone(venueZone).toLocalDate();
        return new LocalTimes(zone.getId(), localStart, end == null ? null : end.atZone(zone).toOffsetDateTime(),
                localStart.toLocalDate(), (int) ChronoUnit.DAYS.between(venueDate, localStart.toLocalDate()));
    }
}
