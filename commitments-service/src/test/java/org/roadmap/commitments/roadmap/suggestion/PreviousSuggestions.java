package org.roadmap.commitments.roadmap.suggestion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.roadmap.commitments.commitment.Annotation;
import org.roadmap.commitments.commitment.Cadence;
import org.roadmap.commitments.commitment.NewCommitment;
import org.roadmap.commitments.commitment.ResponsibleEntity;
import org.roadmap.commitments.roadmap.RoadMap;
import org.roadmap.commitments.roadmap.RoadMapDocument;

/**
 * The suggestions as the import made them before evidence, confidence and the gazetteer (a copy of
 * the former {@code CommitmentSuggestions} and {@code RoadMapImport.partiesNamedIn}), kept so the
 * corpus figures can be printed before and after.
 * <p>
 * First guesses at a newly imported road map's structure, read from each item's wording, for a
 * person to confirm or correct: the cadence ("annual", "biennial", "regular"), an alternating
 * venue, a deadline ("within one year" of signature), the named ministries and agencies of each
 * party, and a meeting series where a recurring meeting is implied. Where an item names nobody
 * for a party, that party's foreign ministry is suggested as lead.
 */
final class PreviousSuggestions {

    private static final Pattern BIENNIAL = word("biennial(ly)?|every two years");
    private static final Pattern ANNUAL = word("annual(ly)?|every year|once a year|yearly");
    private static final Pattern PERIODIC = word("periodic(al)?|periodically|regular|regularly");
    private static final Pattern ONE_OFF = word("establish|within (one|two|three|four|five|six|\\d+) (year|month)s?");
    private static final Pattern ALTERNATING = word("alternat(e|es|ing|ely)");
    private static final Pattern MEETING = word("meeting|meetings|dialogue|dialogues|sub ?committee|working group|consultations?");
    private static final Pattern WITHIN = Pattern.compile(
            "within (one|two|three|four|five|six|\\d+) (year|month)s?", Pattern.CASE_INSENSITIVE);
    private static final String BODY = "(?:the )?((?:Ministry|Agency|Institute|Embassy|Commission|Organi[sz]ation|"
            + "Service|Council|Authority|Office|Secretariat|Bank)(?: [A-Z][\\w'-]*| of| and| for| the|,){0,12}?"
            + " of (?:the Republic of )?(%s))(?: \\(([A-Z]{2,10})\\))?";
    private static final Map<String, Integer> NUMBERS = Map.of("one", 1, "two", 2, "three", 3, "four", 4, "five", 5,
            "six", 6);

    private PreviousSuggestions() {
    }

    static NewCommitment suggest(String roadMapId, RoadMapDocument.Pillar pillar, RoadMapDocument.Item item,
            LocalDate signedOn, List<RoadMap.Party> parties) {
        String text = item.text();
        Cadence cadence = cadence(text);
        boolean recurring = cadence == Cadence.ANNUAL || cadence == Cadence.BIENNIAL || cadence == Cadence.PERIODIC;
        String title = title(text);
        String series = recurring && MEETING.matcher(text).find() ? slug(title) : null;
        String venue = series != null && ALTERNATING.matcher(text).find() ? "alternating" : null;
        return new NewCommitment(roadMapId, pillar.numeral(), item.number(), title, text, entities(text, parties),
                cadence, venue, series, deadline(text, signedOn), false, 1.0, Annotation.SUGGESTED);
    }

    static Cadence cadence(String text) {
        if (BIENNIAL.matcher(text).find()) {
            return Cadence.BIENNIAL;
        }
        if (ANNUAL.matcher(text).find()) {
            return Cadence.ANNUAL;
        }
        if (PERIODIC.matcher(text).find()) {
            return Cadence.PERIODIC;
        }
        return ONE_OFF.matcher(text).find() ? Cadence.ONE_OFF : Cadence.ONGOING;
    }

    static LocalDate deadline(String text, LocalDate signedOn) {
        Matcher within = WITHIN.matcher(text);
        if (signedOn == null || !within.find()) {
            return null;
        }
        String amount = within.group(1).toLowerCase(Locale.ROOT);
        int count = NUMBERS.containsKey(amount) ? NUMBERS.get(amount) : Integer.parseInt(amount);
        return within.group(2).equalsIgnoreCase("year") ? signedOn.plusYears(count) : signedOn.plusMonths(count);
    }

    static List<ResponsibleEntity> entities(String text, List<RoadMap.Party> parties) {
        Map<String, ResponsibleEntity> found = new LinkedHashMap<>();
        String names = String.join("|", parties.stream().map(p -> Pattern.quote(p.name())).toList());
        Matcher body = Pattern.compile(BODY.formatted(names), Pattern.CASE_INSENSITIVE).matcher(text);
        while (body.find()) {
            String place = body.group(2);
            parties.stream().filter(p -> p.name().equalsIgnoreCase(place)).findFirst().ifPresent(party -> {
                String name = body.group(1) + (body.group(3) == null ? "" : " (" + body.group(3) + ")");
                found.putIfAbsent(name, new ResponsibleEntity(name, party.country(), "lead"));
            });
        }
        List<ResponsibleEntity> entities = new ArrayList<>(found.values());
        for (RoadMap.Party party : parties) {
            if (entities.stream().noneMatch(e -> e.country().equals(party.country()))) {
                entities.add(new ResponsibleEntity("Ministry of Foreign Affairs of " + party.name(), party.country(),
                        "lead"));
            }
        }
        return entities;
    }

    /** The item's opening words, cut at a clause or word boundary, at most 80 characters. */
    static String title(String text) {
        String clause = text.split("[.;:,]", 2)[0].strip();
        if (clause.length() <= 80) {
            return clause;
        }
        int cut = clause.lastIndexOf(' ', 79);
        return clause.substring(0, cut > 20 ? cut : 79).strip() + "…";
    }

    private static String slug(String title) {
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.length() > 60 ? slug.substring(0, 60).replaceAll("-$", "") : slug;
    }

    private static Pattern word(String alternatives) {
        return Pattern.compile("\\b(" + alternatives + ")\\b", Pattern.CASE_INSENSITIVE);
    }

    /** The countries a title names, in the title's order, without zones (as the import did). */
    static List<RoadMap.Party> partiesNamedIn(String title) {
        String upper = title.toUpperCase(Locale.ROOT);
        List<RoadMap.Party> parties = new ArrayList<>();
        java.util.Arrays.stream(Locale.getISOCountries())
                .map(code -> new RoadMap.Party(code, new Locale("", code).getDisplayCountry(Locale.ENGLISH), null))
                .filter(p -> p.name().length() > 3 && upper.matches(".*\\b" + p.name().toUpperCase(Locale.ROOT) + "\\b.*"))
                .sorted(java.util.Comparator.comparingInt(p -> upper.indexOf(p.name().toUpperCase(Locale.ROOT))))
                .forEach(parties::add);
        return parties;
    }
}
