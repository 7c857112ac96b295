package org.roadmap.meetings.series;

import java.time.ZoneId;

/**
 * Where an occurrence takes place.
 *
 * @param country  ISO 3166-1 alpha-2 code of the party hosting it, e.g. {@code JP}
 * @param timeZone IANA zone of the venue, e.g. {@code Asia/Tokyo}
 */
public record Venue(String city, String country, String timeZone) {

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }
}
