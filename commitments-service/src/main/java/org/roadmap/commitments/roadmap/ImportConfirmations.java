package org.roadmap.commitments.roadmap;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.roadmap.commitments.commitment.Cadence;
import org.roadmap.commitments.commitment.Commitment;
import org.roadmap.commitments.commitment.CommitmentChanges.OfferedSeries;
import org.roadmap.commitments.commitment.CommitmentChanges.Party;
import org.roadmap.commitments.commitment.CommitmentChanges.Place;
import org.roadmap.commitments.commitment.Confirmations;
import org.roadmap.commitments.commitment.ResponsibleEntity;
import org.roadmap.commitments.commitment.Suggestions.SuggestedSeries;
import org.roadmap.commitments.roadmap.suggestion.Countries;
import org.roadmap.commitments.roadmap.suggestion.GazetteerStore;
import org.roadmap.commitments.roadmap.suggestion.LearnedBodies;
import org.roadmap.commitments.roadmap.suggestion.SuggestedParty;
import org.roadmap.events.ListLimits;
import org.roadmap.events.TextLimits;
import org.springframework.stereotype.Component;

/**
 * What confirming an imported commitment brings: the meeting series it implies, as its confirmed
 * cadence and venue rule and its road map's parties describe it, offered to meetings-service; and
 * the bodies a person made responsible that the gazetteer did not know, learned for later imports.
 */
@Component
class ImportConfirmations implements Confirmations {

    private static final Pattern YEARS = Pattern.compile("\\b(?:19|20)\\d{2}\\s*[–—-]\\s*((?:19|20)\\d{2})\\b");

    private final RoadMaps roadMaps;
    private final GazetteerStore gazetteer;

    ImportConfirmations(RoadMaps roadMaps, GazetteerStore gazetteer) {
        this.roadMaps = roadMaps;
        this.gazetteer = gazetteer;
    }

    @Override
    public OfferedSeries seriesOf(Commitment confirmed) {
        if (confirmed.meetingSeries() == null) {
            return null;
        }
        Optional<RoadMap> roadMap = roadMaps.findById(confirmed.roadMapId());
        if (roadMap.isEmpty()) {
            return null;
        }
        List<Party> parties = parties(roadMap.get());
        if (parties.isEmpty()) {
            // no party with a known capital and zone: nothing to check venues against, nor to show times in
            return null;
        }
        SuggestedSeries suggested = confirmed.suggestions() == null ? null : confirmed.suggestions().meetingSeries();
        boolean asSuggested = suggested != null && suggested.id().equals(confirmed.meetingSeries());
        List<Place> venues = venues(confirmed.venue(), parties, asSuggested ? suggested.hosts() : List.of());
        String venueRule = venues.isEmpty() ? "per-occurrence" : confirmed.venue();
        LocalDate signedOn = roadMap.get().signedOn();
        // a name as the text gives it, in as many words as it strings together: fitted as the API would take it
        String title = TextLimits.fitted(asSuggested ? suggested.name() : named(confirmed.meetingSeries()),
                TextLimits.SERIES_TITLE);
        return new OfferedSeries(confirmed.meetingSeries(), title, organiser(confirmed.responsibleEntities()),
                cadence(confirmed.cadence()), venueRule, venues,
                venues.isEmpty() ? westernmost(parties, signedOn) : venues.get(0).timeZone(),
                LocalDate.of(signedOn.getYear() + 1, 1, 1), lastDay(roadMap.get()), parties);
    }

    @Override
    public void learnFrom(Commitment confirmed) {
        String source = confirmed.roadMapId() + " " + confirmed.reference();
        LearnedBodies.unknownTo(gazetteer.current(), confirmed.responsibleEntities(), source).forEach(gazetteer::learn);
    }

    /** Each party with its capital and zone: as recognised at import, else from the table of countries. */
    /** The entities' names joined, as long as meetings-service takes an organiser (each name may be as long). */
    private static String organiser(List<ResponsibleEntity> entities) {
        return TextLimits.fitted(String.join(" and ", entities.stream().map(ResponsibleEntity::name).toList()),
                TextLimits.ORGANISER);
    }

    private static List<Party> parties(RoadMap roadMap) {
        List<Party> parties = new ArrayList<>();
        for (RoadMap.Party p : roadMap.parties()) {
            Optional<SuggestedParty> recognised = roadMap.suggestedParties() == null ? Optional.empty()
                    : roadMap.suggestedParties().stream().filter(s -> s.country().equals(p.country())).findFirst();
            Optional<Countries.Country> known = Countries.shipped().byCode(p.country());
            String capital = recognised.map(SuggestedParty::capital).or(() -> known.map(Countries.Country::capital))
                    .orElse(null);
            String zone = p.zone() != null ? p.zone() : known.map(Countries.Country::zone).orElse(null);
            // as many as meetings-service takes: recognised in a document's text, there could be more
            if (capital != null && zone != null && parties.size() < ListLimits.PARTIES) {
                parties.add(new Party(p.country(), p.name(), capital, zone));
            }
        }
        return parties;
    }

    /**
     * The parties' capitals in turn (alternating, the first host named first), the host named (fixed), or none:
     * a rule the text does not decide is agreed meeting by meeting.
     */
    private static List<Place> venues(String rule, List<Party> parties, List<String> hosts) {
        List<Place> capitals = parties.stream().map(p -> new Place(p.capital(), p.country(), p.timeZone()))
                .sorted(Comparator.comparingInt(p -> hosts.contains(p.city()) ? hosts.indexOf(p.city()) : hosts.size()))
                .toList();
        if ("alternating".equals(rule) && capitals.size() >= 2) {
            return capitals;
        }
        if ("fixed".equals(rule) && !hosts.isEmpty() && hosts.contains(capitals.get(0).city())) {
            return List.of(capitals.get(0));
        }
        return List.of();
    }

    private static String cadence(Cadence cadence) {
        return cadence == Cadence.ANNUAL || cadence == Cadence.BIENNIAL ? cadence.code() : "periodic";
    }

    /** The zone where a day ends last, so a meeting's date is never shown a day early on the other side. */
    private static String westernmost(List<Party> parties, LocalDate on) {
        return parties.stream().min(Comparator.comparingInt(
                (Party p) -> ZoneId.of(p.timeZone()).getRules().getOffset(on.atStartOfDay()).getTotalSeconds()))
                .orElseThrow().timeZone();
    }

    /** The last day of the last year of a title such as "Road Map 2024–2033"; none when the title states none. */
    private static LocalDate lastDay(RoadMap roadMap) {
        Matcher years = YEARS.matcher(roadMap.title() + " " + roadMap.name());
        return years.find() ? LocalDate.of(Integer.parseInt(years.group(1)), 12, 31) : null;
    }

    private static String named(String seriesId) {
        String words = seriesId.replace('-', ' ');
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
