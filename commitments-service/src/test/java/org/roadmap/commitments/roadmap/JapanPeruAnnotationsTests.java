package org.roadmap.commitments.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.roadmap.commitments.roadmap.RoadMapAnnotations.CommitmentAnnotation;
import org.roadmap.commitments.roadmap.RoadMapAnnotations.ResponsibleEntityAnnotation;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Checks the curated annotations of the Japan–Peru Road Map ({@code roadmaps/jp-pe-2024-2033.annotations.yml})
 * against the text they were read out of ({@code roadmaps/japan-peru-road-map-2024-2033.txt}).
 */
class JapanPeruAnnotationsTests {

    private static final String ANNOTATIONS = "/roadmaps/jp-pe-2024-2033.annotations.yml";
    private static final String TEXT = "/roadmaps/japan-peru-road-map-2024-2033.txt";

    private static final Set<String> CADENCES = Set.of("one-off", "annual", "biennial", "periodic", "ongoing");
    private static final Set<String> ROLES = Set.of("lead", "implementing", "funding", "accountable");
    private static final Set<String> VENUES = Set.of("alternating", "fixed");
    private static final Set<String> RECURRING = Set.of("annual", "biennial", "periodic");
    private static final Pattern SERIES_ID = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
    private static final Pattern ABBREVIATION = Pattern.compile("\\(([^()]+)\\)$");

    /**
     * Commitments the text itself makes one-sided, each with the words of the text that make it so;
     * every other commitment must list entities of both parties.
     */
    private static final Map<String, String> ONE_SIDED = Map.of(
            "V.5", "at a time deemed opportune for Japan");

    /** The meeting series agreed with meetings-service; the file may add more. */
    private static final Set<String> AGREED_SERIES = Set.of("political-dialogue-mechanism", "road-map-working-group",
            "mining-energy-investment-meeting", "ppp-infrastructure-dialogue", "science-technology-subcommittee",
            "health-work-plans", "mlit-mvcs-dialogue", "transport-dialogue");

    private static RoadMapAnnotations annotations;
    private static RoadMapDocument document;
    private static Map<String, String> itemTexts;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream yaml = resource(ANNOTATIONS)) {
            annotations = RoadMapAnnotations.load(yaml);
        }
        try (InputStream text = resource(TEXT)) {
            document = RoadMapText.parse(new String(text.readAllBytes(), StandardCharsets.UTF_8));
        }
        itemTexts = new LinkedHashMap<>();
        document.pillars().forEach(p -> p.items().forEach(i -> itemTexts.put(i.reference(), i.text())));
    }

    private static InputStream resource(String name) {
        InputStream in = JapanPeruAnnotationsTests.class.getResourceAsStream(name);
        assertThat(in).as("classpath resource %s", name).isNotNull();
        return in;
    }

    private static Map<String, CommitmentAnnotation> commitments() {
        return annotations.commitments();
    }

    @Test
    void coversExactlyTheSixtyOneReferencesOfTheTextInTextOrder() {
        assertThat(itemTexts).hasSize(61);
        assertThat(commitments().keySet()).containsExactlyElementsOf(itemTexts.keySet());
    }

    @Test
    void namesTheRoadMapItsDocumentAndBothPartiesWithTheirTimeZones() {
        assertThat(annotations.roadMapId()).isEqualTo("jp-pe-2024-2033");
        assertThat(annotations.name()).isNotBlank();
        assertThat("/roadmaps/" + annotations.document()).isEqualTo(TEXT);
        assertThat(annotations.parties()).extracting(RoadMapAnnotations.Party::country).containsExactly("JP", "PE");
        assertThat(annotations.parties()).extracting(p -> ZoneId.of(p.zone()))
                .containsExactly(ZoneId.of("Asia/Tokyo"), ZoneId.of("America/Lima"));
    }

    @Test
    void usesOnlyTheKeysTheLoaderReadsEachOnce() throws IOException {
        // The loader ignores unknown keys and, like SnakeYAML by default, lets a repeated key (say a
        // commitment pasted twice) silently replace the first: read the raw YAML strictly here.
        LoaderOptions strict = new LoaderOptions();
        strict.setAllowDuplicateKeys(false);
        Map<String, Object> root;
        try (InputStream yaml = resource(ANNOTATIONS)) {
            root = new Yaml(new SafeConstructor(strict)).load(yaml);
        }
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(root).containsOnlyKeys("roadMapId", "name", "document", "parties", "commitments");
        asMap(root.get("commitments")).forEach((reference, commitment) -> {
            Map<String, Object> c = asMap(commitment);
            softly.assertThat(c.keySet()).as("%s keys", reference).contains("title", "cadence", "responsible")
                    .isSubsetOf("title", "responsible", "cadence", "venue", "deadline", "deadlineRule",
                            "meetingSeries", "restricted", "weight");
            softly.assertThat(c.get("responsible")).as(reference + " responsible").isInstanceOf(List.class);
            if (c.get("responsible") instanceof List<?> entities) {
                entities.forEach(e -> softly.assertThat(asMap(e).keySet()).as(reference + " entity " + e)
                        .containsAll(Set.of("name", "country", "role"))
                        .isSubsetOf("name", "country", "role", "mentionedAs"));
            }
            if (c.containsKey("deadline")) {
                softly.assertThat(c.get("deadline")).as(reference + " deadline is a YAML date")
                        .isInstanceOf(Date.class);
            }
            if (c.containsKey("restricted")) {
                softly.assertThat(c.get("restricted")).as(reference + " restricted").isEqualTo(Boolean.TRUE);
            }
        });
        softly.assertAll();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    @Test
    void quotesEveryMentionedAsVerbatimFromItsOwnItem() {
        SoftAssertions softly = new SoftAssertions();
        int quoted = 0;
        for (var entry : commitments().entrySet()) {
            String text = itemTexts.get(entry.getKey());
            for (ResponsibleEntityAnnotation entity : entry.getValue().responsible()) {
                if (entity.mentionedAs() != null) {
                    quoted++;
                    softly.assertThat(entity.mentionedAs()).as("%s: mentionedAs of %s", entry.getKey(), entity.name())
                            .isNotBlank();
                    softly.assertThat(text).as("%s: text naming %s", entry.getKey(), entity.name())
                            .contains(entity.mentionedAs());
                }
            }
        }
        softly.assertAll();
        assertThat(quoted).as("entities named by the text").isGreaterThan(0);
    }

    @Test
    void givesEveryCommitmentAShortUniqueTitleAValidCadenceAndValidResponsibleEntities() {
        Set<String> countries = annotations.parties().stream().map(RoadMapAnnotations.Party::country)
                .collect(Collectors.toSet());
        SoftAssertions softly = new SoftAssertions();
        commitments().forEach((reference, c) -> {
            softly.assertThat(c.title()).as("%s title", reference).isNotBlank().hasSizeLessThanOrEqualTo(80)
                    .isEqualTo(c.title().strip());
            softly.assertThat(c.cadence()).as("%s cadence", reference).isIn(CADENCES);
            softly.assertThat(c.weight()).as("%s weight", reference).isPositive();
            softly.assertThat(c.responsible()).as("%s responsible", reference).isNotEmpty();
            c.responsible().forEach(e -> {
                softly.assertThat(e.name()).as("%s entity name", reference).isNotBlank();
                softly.assertThat(e.country()).as("%s country of %s", reference, e.name()).isIn(countries);
                softly.assertThat(e.role()).as("%s role of %s", reference, e.name()).isIn(ROLES);
            });
            softly.assertThat(c.responsible()).as("%s lists an entity twice", reference)
                    .extracting(ResponsibleEntityAnnotation::name).doesNotHaveDuplicates();
            softly.assertThat(c.responsible()).as("%s has a lead", reference)
                    .anyMatch(e -> "lead".equals(e.role()));
        });
        softly.assertThat(commitments().values()).extracting(CommitmentAnnotation::title).doesNotHaveDuplicates();
        softly.assertAll();
    }

    @Test
    void listsBothSidesInEveryCommitmentExceptThoseTheTextMakesOneSided() {
        Map<String, Set<String>> missingSides = new TreeMap<>();
        commitments().forEach((reference, c) -> {
            Set<String> missing = new TreeSet<>(Set.of("JP", "PE"));
            c.responsible().forEach(e -> missing.remove(e.country()));
            if (!missing.isEmpty()) {
                missingSides.put(reference, missing);
            }
        });
        assertThat(missingSides.keySet()).as("commitments with entities of one side only")
                .containsExactlyInAnyOrderElementsOf(ONE_SIDED.keySet());
        ONE_SIDED.forEach((reference, words) -> {
            assertThat(itemTexts.get(reference)).as("%s: the words that make it one-sided", reference).contains(words);
            assertThat(commitments().get(reference).responsible()).as("%s: the side present is named by the text",
                    reference).anyMatch(e -> e.mentionedAs() != null);
        });
    }

    @Test
    void putsVenuesOnlyOnMeetingSeriesAndAlternatesThemWhereTheTextSaysSo() {
        SoftAssertions softly = new SoftAssertions();
        commitments().forEach((reference, c) -> {
            if (c.venue() != null) {
                softly.assertThat(c.venue()).as("%s venue", reference).isIn(VENUES);
                softly.assertThat(c.meetingSeries()).as("%s: venue without a meeting series", reference).isNotNull();
            }
            boolean textAlternates = itemTexts.get(reference).contains("alternat");
            softly.assertThat("alternating".equals(c.venue())).as("%s: alternating venue iff the text alternates",
                    reference).isEqualTo(textAlternates);
        });
        softly.assertAll();
    }

    @Test
    void writesTheSameEntityTheSameWayEverywhere() {
        List<ResponsibleEntityAnnotation> entities = commitments().values().stream()
                .flatMap(c -> c.responsible().stream()).toList();

        assertThat(grouped(entities, ResponsibleEntityAnnotation::name, ResponsibleEntityAnnotation::country))
                .as("names given more than one country").isEmpty();
        assertThat(grouped(entities.stream().filter(e -> abbreviation(e.name()).isPresent()).toList(),
                e -> abbreviation(e.name()).orElseThrow(), ResponsibleEntityAnnotation::name))
                .as("abbreviations belonging to more than one name").isEmpty();
        assertThat(grouped(entities, e -> ABBREVIATION.matcher(e.name()).replaceFirst("").strip(),
                ResponsibleEntityAnnotation::name))
                .as("one entity written with and without (or with different) abbreviations").isEmpty();
    }

    /** Keys mapped to more than one distinct value. */
    private static Map<String, Set<String>> grouped(List<ResponsibleEntityAnnotation> entities,
            Function<ResponsibleEntityAnnotation, String> key, Function<ResponsibleEntityAnnotation, String> value) {
        Map<String, Set<String>> values = entities.stream().collect(Collectors.groupingBy(key, TreeMap::new,
                Collectors.mapping(value, Collectors.toCollection(TreeSet::new))));
        values.values().removeIf(v -> v.size() == 1);
        return values;
    }

    private static Optional<String> abbreviation(String name) {
        Matcher m = ABBREVIATION.matcher(name);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    @Test
    void takesRecurringCadencesFromTheWordsOfTheText() {
        SoftAssertions softly = new SoftAssertions();
        commitments().forEach((reference, c) -> {
            Optional<String> said = cadenceTheWordsSay(itemTexts.get(reference));
            if (said.isPresent()) {
                softly.assertThat(c.cadence()).as("%s: the text says %s", reference, said.get()).isEqualTo(said.get());
            } else {
                softly.assertThat(c.cadence()).as("%s: the text sets no recurrence", reference)
                        .isIn("one-off", "ongoing");
            }
        });
        softly.assertAll();
    }

    private static Optional<String> cadenceTheWordsSay(String text) {
        if (Pattern.compile("\\bbiennial\\b").matcher(text).find()) {
            return Optional.of("biennial");
        }
        if (Pattern.compile("\\bannual(ly)?\\b").matcher(text).find()) {
            return Optional.of("annual");
        }
        if (Pattern.compile("\\bperiodical\\b|\\bregular\\b|at mutually consented times").matcher(text).find()) {
            return Optional.of("periodic");
        }
        return Optional.empty();
    }

    @Test
    void setsDeadlinesOnlyWhereTheTextDoesCountedFromSignature() {
        assertThat(document.signedOn()).isEqualTo(LocalDate.of(2024, 11, 17));
        SoftAssertions softly = new SoftAssertions();
        commitments().forEach((reference, c) -> {
            softly.assertThat(c.deadline() == null).as("%s: deadline and deadlineRule go together", reference)
                    .isEqualTo(c.deadlineRule() == null);
            if (c.deadline() != null) {
                softly.assertThat(c.deadline()).as("%s deadline", reference)
                        .isAfter(document.signedOn()).isBeforeOrEqualTo(LocalDate.of(2033, 12, 31));
            }
            if (c.deadlineRule() != null) {
                softly.assertThat(itemTexts.get(reference)).as("%s: deadlineRule in the text", reference)
                        .contains(c.deadlineRule());
            }
        });
        softly.assertAll();

        CommitmentAnnotation review = commitments().get("III.1");
        assertThat(review.deadline()).isEqualTo(LocalDate.of(2025, 11, 17)).isEqualTo(document.signedOn().plusYears(1));
        assertThat(review.deadlineRule()).isEqualTo("within one year");
        assertThat(review.cadence()).isEqualTo("one-off");
        assertThat(commitments().entrySet().stream().filter(e -> e.getValue().deadline() != null)
                .map(Map.Entry::getKey)).as("commitments with a deadline (none invented)").containsExactly("III.1");
    }

    @Test
    void recordsTheDialogueMechanismTheWorkingGroupAndTheMiningMeetingAsTheTextSays() {
        CommitmentAnnotation mechanism = commitments().get("I.2");
        assertThat(mechanism.cadence()).isEqualTo("biennial");
        assertThat(mechanism.venue()).isEqualTo("alternating");
        assertThat(mechanism.meetingSeries()).isEqualTo("political-dialogue-mechanism");

        CommitmentAnnotation workingGroup = commitments().get("I.5");
        assertThat(workingGroup.cadence()).isEqualTo("annual");
        assertThat(workingGroup.meetingSeries()).isEqualTo("road-map-working-group");

        CommitmentAnnotation mining = commitments().get("II.7");
        assertThat(mining.cadence()).isEqualTo("annual");
        assertThat(mining.venue()).isEqualTo("fixed");
        assertThat(mining.meetingSeries()).isEqualTo("mining-energy-investment-meeting");
        assertThat(mining.responsible()).filteredOn(e -> "lead".equals(e.role()))
                .extracting(ResponsibleEntityAnnotation::name, ResponsibleEntityAnnotation::country,
                        ResponsibleEntityAnnotation::mentionedAs)
                .containsExactly(tuple("Embassy of Peru in Japan", "PE",
                        "Embassy of Peru in Japan"));
        assertThat(mining.responsible()).filteredOn(e -> "implementing".equals(e.role()))
                .extracting(ResponsibleEntityAnnotation::country).containsExactlyInAnyOrder("JP", "PE");
    }

    @Test
    void declaresTheAgreedMeetingSeriesEachOnceAndOnlyOnRecurringCommitments() {
        Map<String, List<String>> series = new TreeMap<>();
        commitments().forEach((reference, c) -> {
            if (c.meetingSeries() != null) {
                series.computeIfAbsent(c.meetingSeries(), s -> new ArrayList<>()).add(reference);
            }
        });
        assertThat(series.keySet()).containsAll(AGREED_SERIES);
        assertThat(series.keySet()).allMatch(id -> SERIES_ID.matcher(id).matches(), "kebab-case");
        assertThat(series).allSatisfy((id, references) -> assertThat(references).as(id).hasSize(1));
        SoftAssertions softly = new SoftAssertions();
        commitments().forEach((reference, c) -> {
            if (c.meetingSeries() != null) {
                softly.assertThat(c.cadence()).as("%s: series %s recurs", reference, c.meetingSeries())
                        .isIn(RECURRING);
            }
        });
        softly.assertAll();
    }

    @Test
    void restrictsOnlyTheSensitiveDefenceItems() {
        assertThat(commitments().entrySet().stream().filter(e -> e.getValue().restricted()).map(Map.Entry::getKey))
                .containsExactlyInAnyOrder("V.5", "V.6", "V.7");
    }
}
