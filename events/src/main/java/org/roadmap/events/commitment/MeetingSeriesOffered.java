package org.roadmap.events.commitment;

import java.time.LocalDate;
import java.util.List;

import org.roadmap.events.Identifier;
import org.roadmap.events.meeting.Venue;

/**
 * A person confirmed an imported commitment whose text implies a recurring meeting: the series as the
 * text and the confirmation describe it, offered to meetings-service, which creates it, or adds the
 * commitment to it when the road map has it already. Published once, with the confirmation.
 *
 * @param seriesId     kebab-case id of the series, the commitment's {@code meetingSeries}
 * @param title        what to call its meetings
 * @param organiser    the commitment's responsible entities
 * @param cadence      {@code annual}, {@code biennial} or {@code periodic}
 * @param venueRule    {@code fixed}, {@code alternating} or {@code per-occurrence}
 * @param venues       the venues in turn (alternating), the one venue (fixed), none (per-occurrence)
 * @param timeZone     IANA zone its meetings are shown in when no venue says otherwise
 * @param periodsFrom  first day of the first cadence period: the first full year after the road map's signing
 * @param periodsUntil last day cadence periods run to; absent when the road map's title states no end year
 * @param parties      the road map's parties, with the zones of their capitals, which its venues are checked against
 * @param offeredBy    who confirmed the commitment
 */
public record MeetingSeriesOffered(
        @Identifier String commitmentId,
        @Identifier String roadMapId,
        @Identifier String reference,
        @Identifier String seriesId,
        String title,
        String organiser,
        String cadence,
        String venueRule,
        List<Venue> venues,
        String timeZone,
        LocalDate periodsFrom,
        LocalDate periodsUntil,
        List<Party> parties,
        String offeredBy) {

    /**
     * A party of the road map.
     *
     * @param country  ISO 3166-1 alpha-2
     * @param name     e.g. {@code Japan}
     * @param capital  e.g. {@code Tokyo}
     * @param timeZone IANA zone of its capital
     */
    public record Party(String country, String name, String capital, String timeZone) {
    }
}
