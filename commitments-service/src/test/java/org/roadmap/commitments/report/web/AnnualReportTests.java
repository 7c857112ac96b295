package org.roadmap.commitments.report.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roadmap.platform.test.ApiClient.json;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roadmap.commitments.support.ServiceTest;
import org.roadmap.platform.test.ApiClient;

import tools.jackson.databind.JsonNode;

/**
 * The working group's annual report on the seeded Japan–Peru Road Map, over real HTTP. Changes made
 * here happen today, so the report asked for is this year's (in Lima, where deadlines are counted):
 * the tests stay true in later years. Each test changes its own commitments.
 */
class AnnualReportTests extends ServiceTest {

    private static final String JAPAN_PERU = "jp-pe-2024-2033";
    private static final String REPORTS = "/api/v1/road-maps/" + JAPAN_PERU + "/reports/annual";
    private static final int THIS_YEAR = LocalDate.now(ZoneId.of("America/Lima")).getYear();

    private ApiClient api;

    @BeforeEach
    void client() {
        api = api();
    }

    @Test
    void reportsEveryPillarAndCommitmentOfTheSeededRoadMap() {
        HttpResponse<String> response = api.get(REPORTS + "?year=" + THIS_YEAR + "&lang=en");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode report = json(response);
        assertThat(report.get("roadMapName").asString()).isEqualTo("Japan–Peru Strategic Partnership Road Map 2024–2033");
        assertThat(report.get("period").get("year").asInt()).isEqualTo(THIS_YEAR);
        assertThat(report.get("period").get("interim").asBoolean()).isTrue();
        assertThat(report.get("pillars")).hasSize(5);
        assertThat(report.get("pillars").get(0).get("title").asString()).isEqualTo("Political-diplomatic pillar");
        assertThat(report.get("total").get("commitments").asInt()).isEqualTo(61);
        assertThat(report.get("pillars").valueStream().mapToInt(p -> p.get("commitments").asInt()).sum()).isEqualTo(61);
        assertThat(report.get("total").get("byLevel").valueStream().mapToInt(JsonNode::asInt).sum()).isEqualTo(61);
        assertThat(report.get("labels").get("no-evidence").asString()).isEqualTo("No evidence available");
        assertThat(report.get("sides").valueStream().map(s -> s.get("name").asString()).toList())
                .containsExactly("Japan", "Peru");
    }

    @Test
    void listsTheYearsProgressReportsAndMovedDeadlinesUnderChangesNewestFirst() {
        String dialogue = idOf("I.6");
        report(dialogue, "JP", "limited", "on-track", "Panel convened in Tokyo");
        report(dialogue, "PE", "limited", "on-track", "Panel convened in Lima");
        String trade = idOf("II.2");
        String nextSpring = (THIS_YEAR + 1) + "-03-31";
        HttpResponse<String> moved = api.patch("/api/v1/commitments/" + trade, "{\"deadline\": \"" + nextSpring + "\"}",
                "If-Match", etagOf(trade));
        assertThat(moved.statusCode()).isEqualTo(200);

        JsonNode changes = json(api.get(REPORTS + "?year=" + THIS_YEAR)).get("changes");

        assertThat(changes.get(0).get("reference").asString()).isEqualTo("II.2");
        JsonNode deadline = changes.get(0).get("changes").get(0);
        assertThat(deadline.get("kind").asString()).isEqualTo("deadline-changed");
        assertThat(deadline.get("after").get("deadline").asString()).isEqualTo(nextSpring);
        JsonNode panel = group(changes, "I.6");
        List<String> kinds = panel.get("changes").valueStream().map(c -> c.get("kind").asString()).toList();
        assertThat(kinds).containsOnly("progress-reported", "level-changed").contains("level-changed");
        assertThat(kinds.stream().filter("progress-reported"::equals)).hasSize(2);
        List<String> times = panel.get("changes").valueStream().map(c -> c.get("at").asString()).toList();
        assertThat(times).isSortedAccordingTo((a, b) -> Instant.parse(b).compareTo(Instant.parse(a)));
        assertThat(panel.get("changes").valueStream().map(c -> c.path("summary").asString("")).toList())
                .contains("Panel convened in Tokyo", "Panel convened in Lima");

        JsonNode lastYear = json(api.get(REPORTS + "?year=" + (THIS_YEAR - 1))).get("changes");
        assertThat(lastYear.valueStream().map(c -> c.get("reference").asString())).doesNotContain("I.6", "II.2");
    }

    @Test
    void listsTheOverdueReviewOfPastCooperationWithItsResponsibleEntities() {
        JsonNode overdue = json(api.get(REPORTS + "?year=" + THIS_YEAR)).get("overdue");

        JsonNode review = group(overdue, "III.1");
        assertThat(review.get("deadline").asString()).isEqualTo("2025-11-17");
        assertThat(review.get("level").asString()).isEqualTo("no-evidence");
        assertThat(review.get("title").asString()).isNotBlank();
        assertThat(review.get("responsibleEntities").valueStream().map(e -> e.get("country").asString()))
                .contains("JP", "PE");
    }

    @Test
    void listsCommitmentsAtRiskAndWhereTheSidesDisagree() {
        String mining = idOf("II.7");
        report(mining, "JP", "substantial", "on-track", "Investment meeting held");
        report(mining, "PE", "limited", "at-risk", "Follow-up pending");

        JsonNode report = json(api.get(REPORTS + "?year=" + THIS_YEAR));

        JsonNode disputed = group(report.get("disagreements"), "II.7");
        assertThat(disputed.get("level").asString()).isEqualTo("limited");
        assertThat(disputed.get("assessments").valueStream()
                .map(a -> a.get("country").asString() + ":" + a.get("level").asString() + ":" + a.get("health").asString()))
                .containsExactly("JP:substantial:on-track", "PE:limited:at-risk");
        assertThat(group(report.get("atRisk"), "II.7").get("health").asString()).isEqualTo("at-risk");
    }

    @Test
    void writesTheSpanishDocumentWithSpanishHeadingsAndDates() {
        HttpResponse<String> response = api.get(REPORTS + "?year=" + THIS_YEAR + "&lang=es", "Accept", "text/html");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
        assertThat(response.headers().firstValue("Content-Language")).hasValue("es");
        assertThat(response.body())
                .contains("<html lang=\"es\">")
                .contains("<h1>Informe anual de implementación " + THIS_YEAR + "</h1>")
                .contains("<h2 id=\"overdue\">Compromisos vencidos</h2>")
                .contains("<h2 id=\"changes\">Cambios desde el último informe</h2>")
                .contains("Compromisos en los que Japón y Perú discrepan")
                .contains("17 de noviembre de 2025")
                .contains("I. Pilar Político-Diplomático")
                .contains("Sin evidencia disponible")
                .contains("<th scope=\"col\">Plazo</th>");
    }

    @Test
    void opensAsADocumentFromABrowserLinkInJapanese() {
        HttpResponse<String> response = api.get(REPORTS + "?year=" + THIS_YEAR + "&lang=ja&format=html");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
        assertThat(response.body())
                .contains("<html lang=\"ja\">")
                .contains("年次実施報告書（" + THIS_YEAR + "年）")
                .contains("期限を過ぎたコミットメント")
                .contains("2025年11月17日");
    }

    @Test
    void answersJsonWhenTheLinkAsksForItWhateverTheBrowserAccepts() {
        HttpResponse<String> response = api.get(REPORTS + "?year=" + THIS_YEAR + "&format=json", "Accept", "text/html");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("roadMapId").asString()).isEqualTo(JAPAN_PERU);
    }

    @Test
    void escapesWhatMinistriesWroteInTheDocument() {
        String youth = idOf("IV.3");
        api.patch("/api/v1/commitments/" + youth, "{\"title\": \"<script>alert('title')</script> Youth exchanges\"}",
                "If-Match", etagOf(youth));
        report(youth, "PE", "limited", "at-risk", "<img src=x onerror=alert(1)> Visas & \"quotes\"");

        String html = api.get(REPORTS + "?year=" + THIS_YEAR + "&format=html").body();

        assertThat(html).contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; Youth exchanges")
                .contains("&lt;img src=x onerror=alert(1)&gt; Visas &amp; &quot;quotes&quot;")
                .doesNotContain("<script", "<img");
    }

    @Test
    void refusesBadParametersWithAProblemNamingTheParameter() {
        assertRefused("?year=" + THIS_YEAR + "&lang=fr", "lang");
        assertRefused("?year=2023", "year");
        assertRefused("?year=" + (THIS_YEAR + 1), "year");
        assertRefused("?year=twenty", "year");
        assertRefused("", "year");
        assertRefused("?year=" + THIS_YEAR + "&format=pdf", "format");

        HttpResponse<String> unknown = api.get("/api/v1/road-maps/no-such-road-map/reports/annual?year=" + THIS_YEAR);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void answersAProblemEvenToABrowserAskingForHtml() {
        HttpResponse<String> response = api.get(REPORTS + "?year=1999", "Accept", "text/html");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    private void assertRefused(String query, String parameter) {
        HttpResponse<String> response = api.get(REPORTS + query);
        assertThat(response.statusCode()).as(query).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).as(query).hasValue("application/problem+json");
        assertThat(json(response).get("errors").get(0).get("field").asString()).as(query).isEqualTo(parameter);
    }

    private void report(String id, String country, String level, String health, String summary) {
        String organisation = country.equals("JP") ? "Ministry of Foreign Affairs of Japan" : "Ministry of Foreign Affairs of Peru";
        HttpResponse<String> response = api.post("/api/v1/commitments/" + id + "/progress-reports", """
                {"country": "%s", "organisation": "%s", "summary": %s, "level": "%s", "health": "%s"}"""
                .formatted(country, organisation, quoted(summary), level, health));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    private String idOf(String reference) {
        JsonNode content = json(api.get("/api/v1/commitments?roadMapId=" + JAPAN_PERU + "&reference=" + reference))
                .get("content");
        assertThat(content).hasSize(1);
        return content.get(0).get("id").asString();
    }

    private String etagOf(String id) {
        return api.get("/api/v1/commitments/" + id).headers().firstValue("ETag").orElseThrow();
    }

    private static JsonNode group(JsonNode list, String reference) {
        return list.valueStream().filter(c -> c.get("reference").asString().equals(reference)).findFirst()
                .orElseThrow(() -> new AssertionError(reference + " not listed in " + list));
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
