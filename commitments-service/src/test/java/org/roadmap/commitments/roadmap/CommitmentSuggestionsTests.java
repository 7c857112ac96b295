package org.roadmap.commitments.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.roadmap.commitments.commitment.Cadence;
import org.roadmap.commitments.commitment.NewCommitment;
import org.roadmap.commitments.commitment.ResponsibleEntity;

/** The rules, tried on the Japan–Peru text against what people curated for it. */
class CommitmentSuggestionsTests {

    private static final List<RoadMap.Party> PARTIES = List.of(new RoadMap.Party("JP", "Japan", null),
            new RoadMap.Party("PE", "Peru", null));

    private final RoadMapDocument document = RoadMapText.parse(RoadMapTextTests.japanPeru());
    private final Map<String, NewCommitment> suggested = document.pillars().stream()
            .flatMap(p -> p.items().stream().map(i -> CommitmentSuggestions.suggest("x", p, i, document.signedOn(), PARTIES)))
            .collect(Collectors.toMap(c -> c.pillar() + "." + c.number(), Function.identity()));
    private final RoadMapAnnotations curated = RoadMapAnnotations.load(
            getClass().getResourceAsStream("/roadmaps/jp-pe-2024-2033.annotations.yml"));

    @Test
    void suggestsTheBiennialAlternatingPoliticalDialogue() {
        NewCommitment dialogue = suggested.get("I.2");

        assertThat(dialogue.cadence()).isEqualTo(Cadence.BIENNIAL);
        assertThat(dialogue.venue()).isEqualTo("alternating");
        assertThat(dialogue.meetingSeries()).isNotBlank();
    }

    @Test
    void suggestsTheDeadlineOneYearAfterSignature() {
        assertThat(suggested.get("III.1").deadline()).isEqualTo(LocalDate.of(2025, 11, 17));
        assertThat(suggested.values().stream().filter(c -> c.deadline() != null)).hasSize(1);
    }

    @Test
    void findsMinistriesNamedWithTheirCountry() {
        assertThat(suggested.get("III.4").responsibleEntities()).extracting(ResponsibleEntity::name, ResponsibleEntity::country)
                .contains(org.assertj.core.groups.Tuple.tuple("Ministry of Internal Affairs and Communications of Japan (MIC)", "JP"),
                        org.assertj.core.groups.Tuple.tuple("Ministry of Transport and Communications of Peru (MTC)", "PE"));
    }

    @Test
    void givesEverySideAResponsibleEntity() {
        suggested.values().forEach(c -> assertThat(c.responsibleEntities()).extracting(ResponsibleEntity::country)
                .as(c.pillar() + "." + c.number()).contains("JP", "PE"));
    }

    @Test
    void agreesWithTheCuratedCadenceForMostCommitments() {
        long agreeing = curated.commitments().entrySet().stream()
                .filter(e -> e.getValue().cadence().equals(suggested.get(e.getKey()).cadence().code())).count();

        assertThat(agreeing).isGreaterThanOrEqualTo(50);
    }

    @Test
    void leavesOutABodyWordedAtMoreLengthThanAnEntitysNameMayHave() {
        // a run-on clause the rules read as one body: 412 characters, where the API takes a name of up to 300
        String body = "Ministry of Science" + ", Technology, Innovation, Research and Higher Education".repeat(7)
                + " of Peru";
        RoadMapDocument.Item item = new RoadMapDocument.Item("I.1", 1, "The " + body
                + " and the Ministry of Foreign Affairs of Japan will hold a dialogue every year.");

        NewCommitment commitment = CommitmentSuggestions.suggest("x", new RoadMapDocument.Pillar("I", 1, "POLITICAL",
                List.of(item)), item, document.signedOn(), PARTIES);

        assertThat(commitment.suggestions().responsibleEntities()).anyMatch(e -> e.name().length() > 300);
        assertThat(commitment.responsibleEntities()).extracting(ResponsibleEntity::name)
                .containsExactly("Ministry of Foreign Affairs of Japan (MOFA)");
    }

    @Test
    void keepsTitlesShort() {
        suggested.values().forEach(c -> assertThat(c.title().length()).isBetween(3, 81));
    }
}
