package org.roadmap.commitments.roadmap.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.roadmap.commitments.commitment.Suggestions;
import org.roadmap.commitments.commitment.Suggestions.SuggestedEntity;
import org.roadmap.commitments.commitment.Suggestions.Suggestion;
import org.roadmap.commitments.roadmap.RoadMapDocument;
import org.roadmap.commitments.roadmap.RoadMapText;

/** What a person importing a new road map is offered, field by field, with the words behind it. */
class SuggesterTests {

    private static final LocalDate SIGNED = LocalDate.of(2025, 3, 12);
    private static final List<String> CANADA_CHILE = List.of("CA", "CL");

    private final Suggester suggester = Suggester.shipped();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
            "Complete the study by June 30, 2027. => 2027-06-30 => by June 30, 2027",
            "Complete the study by 30 June 2027. => 2027-06-30 => by 30 June 2027",
            "Complete the study no later than 2027-06-30. => 2027-06-30 => no later than 2027-06-30",
            "Completar el estudio antes del 30 de junio de 2027. => 2027-06-30 => antes del 30 de junio de 2027",
            "Completar el estudio a más tardar el 30/06/2027. => 2027-06-30 => a más tardar el 30/06/2027",
            "Establish a fund by the end of 2026. => 2026-12-31 => by the end of 2026",
            "Establecer un fondo a más tardar a fines de 2026. => 2026-12-31 => a más tardar a fines de 2026",
            "Establecer un fondo antes de finales de 2026. => 2026-12-31 => antes de finales de 2026",
            "Sign a memorandum by March 2027. => 2027-03-31 => by March 2027",
            "Submit a report within one year. => 2026-03-12 => within one year",
            "Submit a report within 18 months of the signing of this Action Plan. => 2026-09-12 => within 18 months of the signing of this Action Plan",
            "Presentar un informe dentro de un año. => 2026-03-12 => dentro de un año",
            "Presentar un informe en un plazo de seis meses. => 2025-09-12 => en un plazo de seis meses",
            "Critical minerals roadmap | Lead: DFAT | Deadline: Q4 2027 => 2027-12-31 => Deadline: Q4 2027"})
    void suggestsTheDeadlineWithTheWordsThatSetIt(String text, LocalDate deadline, String words) {
        Suggestion suggested = suggester.suggest(text, SIGNED, CANADA_CHILE).deadline();

        assertThat(suggested).isNotNull();
        assertThat(suggested.value()).isEqualTo(deadline.toString());
        assertThat(suggested.evidence()).isEqualTo(words);
        assertThat(suggested.confidence()).isBetween(0.5, 1.0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Strengthen sports cooperation for the Pan American Games, to be held in Lima in 2027.",
            "Implement the memorandum signed in 2023.", "Promote dialogue between both countries."})
    void takesNoEventOrPastDateForADeadline(String text) {
        assertThat(suggester.suggest(text, SIGNED, CANADA_CHILE).deadline()).isNull();
    }

    @Test
    void readsJapanPeruDeadlinesAsCurated() {
        RoadMapDocument japanPeru = RoadMapText.parse(SuggestionCorpusTests.read("/roadmaps/japan-peru-road-map-2024-2033.txt"));
        List<String> parties = List.of("JP", "PE");

        Suggestion review = suggester.suggest(item(japanPeru, "III.1"), japanPeru.signedOn(), parties).deadline();
        Suggestion games = suggester.suggest(item(japanPeru, "IV.7"), japanPeru.signedOn(), parties).deadline();

        assertThat(review.value()).isEqualTo("2025-11-17");
        assertThat(review.evidence()).isEqualTo("within one year");
        assertThat(games).as("the 2027 Pan American Games are an event, not a deadline").isNull();
    }

    @Test
    void titlesAnItemThatOpensWithAVerbAndAComma() {
        Suggestions fund = suggester.suggest("Establish, by the end of 2026, a joint financing window for clean-technology "
                + "small and medium-sized enterprises, with the participation of the Business Development Bank of Canada "
                + "(BDC).", SIGNED, CANADA_CHILE);
        Suggestions study = suggester.suggest("Complete, by June 30, 2027, the joint study on critical minerals supply "
                + "chains between Natural Resources Canada (NRCan) and the Ministry of Mining of Chile.", SIGNED, CANADA_CHILE);

        assertThat(fund.title().value()).isEqualTo("Joint financing window for clean-technology small and medium-sized enterprises");
        assertThat(study.title().value()).isEqualTo("Joint study on critical minerals supply chains");
        assertThat(study.title().evidence()).contains("joint study on critical minerals supply chains");
    }

    @Test
    void titlesEveryItemWithMoreThanAWordAndNoDanglingEnd() {
        List<String> documents = new java.util.ArrayList<>(SuggestionCorpusTests.CORPUS.stream()
                .map(name -> "/roadmaps/corpus/" + name + ".txt").toList());
        documents.add("/roadmaps/japan-peru-road-map-2024-2033.txt");
        for (String resource : documents) {
            RoadMapDocument document = RoadMapText.parse(SuggestionCorpusTests.read(resource));
            List<String> parties = suggester.parties(document).stream().map(SuggestedParty::country).toList();
            document.pillars().stream().flatMap(p -> p.items().stream()).forEach(item -> {
                Suggestion title = suggester.suggest(item.text(), document.signedOn(), parties).title();
                assertThat(title.value()).as(resource + " " + item.reference())
                        .hasSizeLessThanOrEqualTo(80)
                        .matches("\\p{Lu}.*\\S+\\s+\\S+.*")
                        .doesNotMatch("(?i).*\\b(and|of|the|to|for|with|de|del|y|en|para)$");
                assertThat(title.evidence()).as(resource + " " + item.reference()).isNotBlank();
            });
        }
    }

    @Test
    void namesTheBodiesOfEachPartyWithTheirAcronyms() {
        Suggestions fund = suggester.suggest("Establish a joint financing window with the Business Development Bank of "
                + "Canada (BDC) and the Chilean Economic Development Agency (CORFO).", SIGNED, CANADA_CHILE);

        assertThat(fund.responsibleEntities()).extracting(SuggestedEntity::name, SuggestedEntity::acronym,
                SuggestedEntity::country, SuggestedEntity::evidence).containsExactly(
                tuple("Business Development Bank of Canada (BDC)", "BDC", "CA", "Business Development Bank of Canada (BDC)"),
                tuple("Chilean Economic Development Agency (CORFO)", "CORFO", "CL", "Chilean Economic Development Agency (CORFO)"));
        SuggestedEntity bank = fund.responsibleEntities().get(0);
        SuggestedEntity corfo = fund.responsibleEntities().get(1);
        assertThat(corfo.basis()).isEqualTo("gazetteer");
        assertThat(bank.basis()).as("not in the gazetteer, found by its wording").isEqualTo("pattern");
        assertThat(bank.confidence()).isLessThan(corfo.confidence());
    }

    @Test
    void suggestsAForeignMinistryWithoutEvidenceWhereASideIsNotNamed() {
        Suggestions exchange = suggester.suggest("Promote exchanges between the Chilean Economic Development Agency "
                + "(CORFO) and Canadian partners.", SIGNED, CANADA_CHILE);

        SuggestedEntity canada = exchange.responsibleEntities().stream().filter(e -> "CA".equals(e.country()))
                .findFirst().orElseThrow();
        assertThat(canada.name()).isEqualTo("Global Affairs Canada (GAC)");
        assertThat(canada.evidence()).isNull();
        assertThat(canada.basis()).isEqualTo("default");
    }

    @Test
    void suggestsAnAnnualAlternatingSeriesHostedByTheCapitals() {
        Suggestions commission = suggester.suggest("Hold annual meetings of the Canada-Chile Joint Commission on Trade "
                + "and Investment. The venue of the meetings will alternate between Ottawa and Santiago.", SIGNED,
                CANADA_CHILE);

        assertThat(commission.cadence().value()).isEqualTo("annual");
        assertThat(commission.cadence().evidence()).isEqualTo("annual");
        assertThat(commission.venue().value()).isEqualTo("alternating");
        assertThat(commission.meetingSeries().id()).isEqualTo("joint-commission-on-trade-and-investment");
        assertThat(commission.meetingSeries().hosts()).containsExactly("Ottawa", "Santiago");
    }

    @Test
    void givesEachPartyItsCapitalAndZone() {
        RoadMapDocument canadaChile = RoadMapText.parse(SuggestionCorpusTests.read(
                "/roadmaps/corpus/canada-chile-action-plan-2025-2028.txt"));
        RoadMapDocument colombiaMexico = RoadMapText.parse(SuggestionCorpusTests.read(
                "/roadmaps/corpus/colombia-mexico-hoja-de-ruta-2025-2030.txt"));

        assertThat(suggester.parties(canadaChile)).extracting(SuggestedParty::country, SuggestedParty::capital,
                SuggestedParty::zone).containsExactly(tuple("CA", "Ottawa", "America/Toronto"),
                tuple("CL", "Santiago", "America/Santiago"));
        assertThat(suggester.parties(colombiaMexico)).extracting(SuggestedParty::country, SuggestedParty::zone,
                SuggestedParty::evidence).containsExactly(tuple("CO", "America/Bogota", "REPÚBLICA DE COLOMBIA"),
                tuple("MX", "America/Mexico_City", "ESTADOS UNIDOS MEXICANOS"));
    }

    private static String item(RoadMapDocument document, String reference) {
        return document.pillars().stream().flatMap(p -> p.items().stream()).filter(i -> i.reference().equals(reference))
                .findFirst().orElseThrow().text();
    }
}
