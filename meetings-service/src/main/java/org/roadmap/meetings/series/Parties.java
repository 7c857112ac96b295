package org.roadmap.meetings.series;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.roadmap.events.ListLimits;
import org.roadmap.events.TextLimits;
import org.roadmap.meetings.config.MeetingsProperties;
import org.roadmap.meetings.config.MeetingsProperties.Party;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;

/**
 * The parties of each road map, and the checks of zones and venues against them: the configured
 * parties (Japan and Peru) for the road map the service was set up for, and those learned for a road
 * map imported later, when its first meeting series was offered ({@link #learn}). The learned ones
 * are few (a document per road map) and read whole, again at most every half minute so that every
 * replica soon knows what one learned, and at once when a road map is not known yet.
 */
@Component
public class Parties {

    private static final Duration FRESH = Duration.ofSeconds(30);
    private static final Duration RETRY_UNKNOWN = Duration.ofSeconds(1);

    /** The parties of one road map learned from an offered series. */
    @Document("road_map_parties")
    record LearnedParties(@Id String roadMapId, List<Party> parties) {
    }

    private record Snapshot(Map<String, List<Party>> byRoadMap, Instant readAt) {
    }

    private final List<Party> configured;
    private final MongoTemplate mongo;
    private final Clock clock;
    private volatile Snapshot learned = new Snapshot(Map.of(), Instant.MIN);

    public Parties(MeetingsProperties properties, MongoTemplate mongo, Clock clock) {
        this.configured = properties.parties();
        this.mongo = mongo;
        this.clock = clock;
    }

    /** The configured parties alone, for rendering and checks away from storage (a calendar feed's text, a benchmark). */
    public static Parties configuredOnly(MeetingsProperties properties) {
        return new Parties(properties, null, Clock.systemUTC());
    }

    /** The parties the service was configured with. */
    public List<Party> all() {
        return configured;
    }

    /** The parties of {@code roadMapId}: learned for it, else the configured ones. */
    public List<Party> ofRoadMap(String roadMapId) {
        List<Party> known = learned(FRESH).byRoadMap().get(roadMapId);
        if (known == null) {
            known = learned(RETRY_UNKNOWN).byRoadMap().get(roadMapId);
        }
        return known != null ? known : configured;
    }

    /** A party by country, configured or learned, e.g. to name a venue's country. */
    public Optional<Party> of(String country) {
        return Stream.concat(configured.stream(), learned(FRESH).byRoadMap().values().stream().flatMap(List::stream))
                .filter(p -> p.country().equals(country)).findFirst();
    }

    /**
     * Keeps the parties of a road map other than the configured one; the latest offer's are kept. Each is checked
     * first, as a venue is: every venue and meeting of the road map is later checked against its parties' zones and
     * shown in them, so a party in a zone no one knows would make them all fail.
     *
     * @throws ScheduleRejectedException naming {@code parties} (more than a road map has) or {@code parties[i].name},
     *                                   {@code .capital} or {@code .timeZone}
     */
    public void learn(String roadMapId, List<Party> offered) {
        if (offered.size() > ListLimits.PARTIES) {
            throw new ScheduleRejectedException("parties", "a road map has at most " + ListLimits.PARTIES + " parties");
        }
        List<Party> parties = new ArrayList<>();
        for (int i = 0; i < offered.size(); i++) {
            parties.add(checked("parties[" + i + "]", offered.get(i)));
        }
        if (parties.equals(learned(FRESH).byRoadMap().get(roadMapId))) {
            return;
        }
        if (mongo == null) {
            throw new IllegalStateException("Parties without storage learn nothing");
        }
        mongo.save(new LearnedParties(roadMapId, List.copyOf(parties)));
        learned = read();
    }

    private static Party checked(String field, Party party) {
        return new Party(party.country(), named(field + ".name", party.name()),
                named(field + ".capital", party.capital()), zone(field + ".timeZone", party.timeZone()).getId());
    }

    private static String named(String field, String name) {
        if (name == null || name.isBlank() || name.strip().length() > TextLimits.PLACE_NAME) {
            throw new ScheduleRejectedException(field, "must be a name of up to " + TextLimits.PLACE_NAME
                    + " characters");
        }
        return name.strip();
    }

    /**
     * A venue in one of the road map's parties; its zone defaults to the party's.
     *
     * @throws ScheduleRejectedException naming {@code field.city}, {@code field.country} or {@code field.timeZone}
     */
    public Venue venue(String field, String roadMapId, String city, String country, String timeZone) {
        String named = named(field + ".city", city);
        List<Party> parties = ofRoadMap(roadMapId);
        Party party = parties.stream().filter(p -> p.country().equals(country)).findFirst()
                .orElseThrow(() -> new ScheduleRejectedException(field + ".country",
                        "must be one of the road map's parties: " + parties.stream().map(Party::country).toList()));
        String zone = timeZone == null || timeZone.isBlank() ? party.timeZone() : zone(field + ".timeZone", timeZone).getId();
        if (!zone.equals(party.timeZone())) {
            throw new ScheduleRejectedException(field + ".timeZone", "a venue in " + party.name() + " is in "
                    + party.timeZone() + ", not " + zone);
        }
        return new Venue(named, country, zone);
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

    private Snapshot learned(Duration maxAge) {
        Snapshot current = learned;
        if (current.readAt().isBefore(clock.instant().minus(maxAge))) {
            current = read();
            learned = current;
        }
        return current;
    }

    private Snapshot read() {
        if (mongo == null) {
            return new Snapshot(Map.of(), Instant.MAX);
        }
        return new Snapshot(mongo.findAll(LearnedParties.class).stream()
                .collect(Collectors.toUnmodifiableMap(LearnedParties::roadMapId, LearnedParties::parties,
                        (a, b) -> b)), clock.instant());
    }
}
