package org.roadmap.meetings.series;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.roadmap.meetings.config.MeetingsProperties;
import org.roadmap.meetings.config.MeetingsProperties.Party;
import org.springframework.stereotype.Component;

/** The parties of the road map, and the checks of zones and venues against them. */
@Component
public class Parties {

    private final List<Party> parties;

    public Parties(MeetingsProperties properties) {
        this.parties = properties.parties();
    }

    public List<Party> all() {
        return parties;
    }

    public Optional<Party> of(String country) {
        return parties.stream().filter(p -> p.country().equals(country)).findFirst();
    }

    /**
     * A venue in one of the parties; its zone defaults to the party's.
     *
     * @throws ScheduleRejectedException naming {@code field.country} or {@code field.timeZone}
     */
    public Venue venue(String field, String city, String country, String timeZone) {
        if (city == null || city.isBlank() || city.length() > 100) {
            throw new ScheduleRejectedException(field + ".city", "must be the name of a city, up to 100 characters");
        }
        Party party = of(country).orElseThrow(() -> new ScheduleRejectedException(field + ".country",
                "must be one of the road map's parties: " + parties.stream().map(Party::country).toList()));
        String zone = timeZone == null || timeZone.isBlank() ? party.timeZone() : zone(field + ".timeZone", timeZone).getId();
        if (!zone.equals(party.timeZone())) {
            throw new ScheduleRejectedException(field + ".timeZone", "a venue in " + party.name() + " is in "
                    + party.timeZone() + ", not " + zone);
        }
        return new Venue(city.strip(), country, zone);
    }

    /** @throws ScheduleRejectedException naming {@code field} when the text is not an IANA zone id */
    public static ZoneId zone(String field, String text) {
        if (text == null || text.isBlank() || !text.contains("/") && !text.equals("UTC")) {
            throw new ScheduleRejectedException(field, "must be an IANA time zone such as Asia/Tokyo or America/Lima");
        }
        try {
            return ZoneId.of(text.strip());
        } catch (DateTimeException e) {
            throw new ScheduleRejectedException(field, "is not a known IANA time zone: " + text);
        }
    }
}
