package org.roadmap.commitments.roadmap.suggestion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.roadmap.commitments.commitment.Suggestions;
import org.roadmap.commitments.commitment.Suggestions.SuggestedEntity;
import org.roadmap.commitments.commitment.Suggestions.SuggestedSeries;
import org.roadmap.commitments.commitment.Suggestions.Suggestion;
import org.roadmap.commitments.roadmap.RoadMapDocument;
import org.roadmap.commitments.roadmap.suggestion.Countries.Country;

/**
 * Reads a new road map's structure out of its text for a person to confirm: its parties with their
 * capitals and zones, and for each item a title, cadence, venue rule, deadline, meeting series and
 * responsible entities, each with the words it came from and a confidence. Where an item names no
 * body of a party, the body whose remit its subject is (by the gazetteer), else the party's foreign
 * ministry, is suggested, with no words of the text behind it.
 */
public final class Suggester {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private final Gazetteer gazetteer;
    private final Countries countries;
    private final NamedBodies bodies;

    public Suggester(Gazetteer gazetteer, Countries countries) {
        this.gazetteer = gazetteer;
        this.countries = countries;
        this.bodies = new NamedBodies(countries);
    }

    /** With the gazetteer and countries shipped with the service. */
    public static Suggester shipped() {
        return new Suggester(Gazetteer.shipped(), Countries.shipped());
    }

    /** The parties the title names (else the preamble), in the order it names them. */
    public List<SuggestedParty> parties(RoadMapDocument document) {
        List<SuggestedParty> parties = partiesIn(document.title());
        if (parties.size() < 2 && document.preamble() != null) {
            partiesIn(document.preamble()).stream()
                    .filter(p -> parties.stream().noneMatch(q -> q.country().equals(p.country())))
                    .forEach(parties::add);
        }
        return parties;
    }

    private List<SuggestedParty> partiesIn(String text) {
        List<SuggestedParty> parties = new ArrayList<>();
        countries.namedIn(text).forEach(n -> parties.add(new SuggestedParty(n.country().code(), n.country().name(),
                n.country().capital(), n.country().zone(), n.words(), 0.95)));
        Arrays.stream(Locale.getISOCountries())
                .filter(code -> countries.byCode(code).isEmpty())
                .map(code -> Map.entry(code, new Locale("", code).getDisplayCountry(Locale.ENGLISH)))
                .filter(e -> e.getValue().length() > 3)
                .map(e -> Map.entry(e, Countries.wordPattern(e.getValue()).matcher(text)))
                .filter(e -> e.getValue().find())
                .sorted(Comparator.comparingInt((Map.Entry<Map.Entry<String, String>, Matcher> e) -> e.getValue().start()))
                .forEach(e -> parties.add(new SuggestedParty(e.getKey().getKey(), e.getKey().getValue(), null, null,
                        text.substring(e.getValue().start(), e.getValue().end()), 0.6)));
        return parties;
    }

    /** What the text of one item suggests, for a road map signed on {@code signedOn} by {@code parties} (ISO codes). */
    public Suggestions suggest(String text, LocalDate signedOn, List<String> parties) {
        List<NamedBodies.Named> named = bodies.in(text, parties, gazetteer);
        Suggestion deadline = Deadlines.in(text, signedOn);
        Suggestion cadence = Rhythms.cadence(text, deadline != null);
        Suggestion title = Titles.of(text, abbreviations(named));
        List<Country> partyCountries = parties.stream().map(countries::byCode).flatMap(Optional::stream).toList();
        Optional<SuggestedSeries> series = Rhythms.series(text, cadence, title.value(), partyCountries, named);
        Suggestion venue = series.filter(s -> s.venue() != null)
                .map(s -> new Suggestion(s.venue(), s.evidence(), s.venue().equals("alternating") ? 0.85 : 0.6, "text"))
                .orElse(null);
        return new Suggestions(title, cadence, venue, deadline, series.orElse(null), entities(text, named, parties));
    }

    private List<SuggestedEntity> entities(String text, List<NamedBodies.Named> named, List<String> parties) {
        Map<String, SuggestedEntity> entities = new LinkedHashMap<>();
        named.forEach(n -> entities.putIfAbsent(n.entity().name() + "|" + n.entity().country(), n.entity()));
        for (String party : parties) {
            if (entities.values().stream().noneMatch(e -> party.equals(e.country()))) {
                SuggestedEntity inferred = byRemit(text, party).orElseGet(() -> foreignMinistry(party));
                entities.put(inferred.name() + "|" + party, inferred);
            }
        }
        return List.copyOf(entities.values());
    }

    /** The body of {@code party} whose remit words the text uses most (at least one), with the first of them. */
    private Optional<SuggestedEntity> byRemit(String text, String party) {
        SuggestedEntity best = null;
        int bestScore = 0;
        for (GazetteerEntry entry : gazetteer.of(List.of(party))) {
            int score = 0;
            int first = Integer.MAX_VALUE;
            String firstWords = null;
            for (String word : entry.remit()) {
                Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word).replace(" ", "\\E\\s+\\Q"), FLAGS)
                        .matcher(text);
                if (m.find()) {
                    score++;
                    if (m.start() < first) {
                        first = m.start();
                        firstWords = text.substring(m.start(), wordEnd(text, m.end()));
                    }
                }
            }
            if (score > bestScore) {
                bestScore = score;
                best = new SuggestedEntity(entry.displayName(), entry.acronym(), party, "lead", entry.id(), firstWords,
                        Math.min(0.5, 0.3 + 0.05 * score), "remit");
            }
        }
        return Optional.ofNullable(best);
    }

    private SuggestedEntity foreignMinistry(String party) {
        return gazetteer.of(List.of(party)).stream().filter(GazetteerEntry::isForeignMinistry).findFirst()
                .map(e -> new SuggestedEntity(e.displayName(), e.acronym(), party, "lead", e.id(), null, 0.3, "default"))
                .orElseGet(() -> new SuggestedEntity("Ministry of Foreign Affairs of " + countries.byCode(party)
                        .map(Country::name).orElse(party), null, party, "lead", null, null, 0.2, "default"));
    }

    /** Named bodies written as their acronym in a title: those named by name, each by words of its own. */
    private static List<Titles.Abbreviation> abbreviations(List<NamedBodies.Named> named) {
        return named.stream()
                .filter(n -> n.entity().acronym() != null
                        && (n.entity().confidence() >= 0.8 || n.entity().basis().equals("pattern")))
                .filter(n -> named.stream().filter(o -> o.start() == n.start()).count() == 1)
                .map(n -> new Titles.Abbreviation(n.start(), n.end(), n.entity().acronym()))
                .toList();
    }

    /** Where the word that {@code at} is in ends: a remit word matches the start of "tourism". */
    private static int wordEnd(String text, int at) {
        int end = at;
        while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        return end;
    }
}
