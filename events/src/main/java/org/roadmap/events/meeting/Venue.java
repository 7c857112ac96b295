package org.roadmap.events.meeting;

/**
 * Where an occurrence takes place.
 *
 * @param city     e.g. {@code Tokyo}
 * @param country  ISO 3166-1 alpha-2, e.g. {@code JP}
 * @param timeZone IANA zone of the venue, e.g. {@code Asia/Tokyo}
 */
public record Venue(String city, String country, String timeZone) {
}
