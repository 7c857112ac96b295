package org.roadmap.commitments.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roadmap.platform.test.ApiClient.json;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roadmap.commitments.support.ServiceTest;
import org.roadmap.platform.test.ApiClient;

import tools.jackson.databind.JsonNode;

class RoadMapImportTests extends ServiceTest {

    private static final String JAPAN_PERU = "jp-pe-2024-2033";

    private ApiClient api;

    @BeforeEach
    void client() {
        api = api();
    }

    @Test
    void seedsTheJapanPeruRoadMapOnFirstStart() {
        JsonNode roadMap = json(api.get("/api/v1/road-maps/" + JAPAN_PERU));

        assertThat(roadMap.get("place").asString()).isEqualTo("Lima");
        assertThat(roadMap.get("signedOn").asString()).isEqualTo("2024-11-17");
        assertThat(roadMap.get("pillars")).hasSize(5);
        assertThat(roadMap.get("commitments").asInt()).isEqualTo(61);
        JsonNode all = json(api.get("/api/v1/commitments?roadMapId=" + JAPAN_PERU + "&size=200"));
        assertThat(all.get("page").get("totalElements").asInt()).isEqualTo(61);
        assertThat(all.get("content").get(0).get("reference").asString()).isEqualTo("I.1");
    }

    @Test
    void seedsTheCuratedStructure() {
        JsonNode report = only("reference=III.1");
        assertThat(report.get("deadline").asString()).isEqualTo("2025-11-17");
        assertThat(report.get("annotation").asString()).isEqualTo("curated");
        JsonNode mining = only("q=mining and energy sectors");
        assertThat(mining.get("reference").asString()).isEqualTo("II.7");
        assertThat(mining.get("cadence").asString()).isEqualTo("annual");
        assertThat(mining.get("responsibleEntities").valueStream()
                .filter(e -> e.get("role").asString().equals("lead")).map(e -> e.get("name").asString()).toList())
                .anyMatch(name -> name.contains("Embassy of Peru in Japan"));
    }

    @Test
    void reimportingTheSameDocumentChangesNothing() {
        long before = json(api.get("/api/v1/commitments?roadMapId=" + JAPAN_PERU + "&size=1")).get("page")
                .get("totalElements").asLong();

        HttpResponse<String> again = api.postText("/api/v1/road-maps", "text/plain",
                RoadMapTextTests.japanPeru().replace("\n", "\r\n"));

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again).get("id").asString()).isEqualTo(JAPAN_PERU);
        assertThat(json(api.get("/api/v1/commitments?roadMapId=" + JAPAN_PERU + "&size=1")).get("page")
                .get("totalElements").asLong()).isEqualTo(before);
    }

    @Test
    void importsANewRoadMapWithSuggestionsForAPersonToConfirm() {
        String title = "ROAD MAP BETWEEN JAPAN AND THE REPUBLIC OF CHILE " + UUID.randomUUID();
        HttpResponse<String> created = api.postText("/api/v1/road-maps", "text/plain", """
                [Title] %s
                [Place] Tokyo
                [Date] March 3, 2026
                [Full text]

                I. POLITICAL PILLAR

                1. Hold annual consultations between the Ministry of Foreign Affairs of Japan and the Ministry of Foreign Affairs of Chile.

                2. Submit a joint report within two years.
                """.formatted(title));

        assertThat(created.statusCode()).isEqualTo(201);
        String id = json(created).get("id").asString();
        assertThat(id).isNotEqualTo(JAPAN_PERU);
        assertThat(json(created).get("parties").valueStream().map(p -> p.get("country").asString()).toList())
                .containsExactly("JP", "CL");
        JsonNode commitments = json(api.get("/api/v1/commitments?roadMapId=" + id)).get("content");
        assertThat(commitments).hasSize(2);
        assertThat(commitments.get(0).get("cadence").asString()).isEqualTo("annual");
        assertThat(commitments.get(0).get("annotation").asString()).isEqualTo("suggested");
        assertThat(commitments.get(1).get("deadline").asString()).isEqualTo("2028-03-03");

        String first = "/api/v1/commitments/" + commitments.get(0).get("id").asString();
        HttpResponse<String> confirmed = api.patch(first, "{\"confirmed\": true}", "If-Match", "\"1\"");
        assertThat(json(confirmed).get("annotation").asString()).isEqualTo("confirmed");
    }

    @Test
    void answersAnImportWithEachSuggestionAndTheWordsItCameFrom() {
        String title = "ACTION PLAN BETWEEN CANADA AND THE REPUBLIC OF CHILE " + UUID.randomUUID();
        HttpResponse<String> created = api.postText("/api/v1/road-maps", "text/plain", """
                [Title] %s
                [Place] Ottawa
                [Date] March 12, 2025
                [Full text]

                I. ECONOMIC PILLAR

                1. Establish, by the end of 2026, a joint financing window with the participation of the Business Development Bank of Canada (BDC) and the Chilean Economic Development Agency (CORFO).

                2. Hold annual meetings of the Canada-Chile Joint Commission. The venue of the meetings will alternate between Ottawa and Santiago.
                """.formatted(title));

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode answer = json(created);
        assertThat(answer.get("parties").valueStream().map(p -> p.get("zone").asString()).toList())
                .containsExactly("America/Toronto", "America/Santiago");
        assertThat(answer.get("suggestedParties").get(1).get("capital").asString()).isEqualTo("Santiago");
        JsonNode fund = answer.get("suggestions").get(0);
        assertThat(fund.get("reference").asString()).isEqualTo("I.1");
        assertThat(fund.get("title").asString()).isEqualTo("Joint financing window with the participation of BDC and CORFO");
        JsonNode deadline = fund.get("suggestions").get("deadline");
        assertThat(deadline.get("value").asString()).isEqualTo("2026-12-31");
        assertThat(deadline.get("evidence").asString()).isEqualTo("by the end of 2026");
        assertThat(deadline.get("confidence").asDouble()).isBetween(0.5, 1.0);
        assertThat(fund.get("suggestions").get("responsibleEntities").valueStream()
                .map(e -> e.get("name").asString() + " " + e.get("country").asString()).toList())
                .containsExactly("Business Development Bank of Canada (BDC) CA", "Chilean Economic Development Agency (CORFO) CL");

        JsonNode commitment = json(api.get("/api/v1/commitments/" + fund.get("id").asString()));
        assertThat(commitment.get("deadline").asString()).isEqualTo("2026-12-31");
        assertThat(commitment.get("suggestions").get("deadline").get("evidence").asString()).isEqualTo("by the end of 2026");
        JsonNode series = answer.get("suggestions").get(1).get("suggestions").get("meetingSeries");
        assertThat(series.get("venue").asString()).isEqualTo("alternating");
        assertThat(series.get("hosts").valueStream().map(JsonNode::asString).toList()).containsExactly("Ottawa", "Santiago");

        api.patch("/api/v1/commitments/" + fund.get("id").asString(), "{\"confirmed\": true}", "If-Match", "\"1\"");
        JsonNode confirmed = json(api.get("/api/v1/commitments/" + fund.get("id").asString()));
        assertThat(confirmed.get("annotation").asString()).isEqualTo("confirmed");
        assertThat(confirmed.path("suggestions").isNull() || confirmed.path("suggestions").isMissingNode())
                .as("suggestions are shown while the commitment is to be confirmed").isTrue();
    }

    @Test
    void refusesATextThatIsNotARoadMapNamingTheLine() {
        HttpResponse<String> response = api.postText("/api/v1/road-maps", "text/plain",
                "[Title] Notes\n[Full text]\nI. PILLAR\n\n2. Starts at two\n");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(response).get("detail").asString()).contains("line 5");
    }

    @Test
    void refusesAnEmptyBodyAndOtherMediaTypes() {
        assertThat(api.postText("/api/v1/road-maps", "text/plain", "").statusCode()).isEqualTo(400);
        assertThat(api.post("/api/v1/road-maps", "{\"text\": \"x\"}").statusCode()).isEqualTo(415);
    }

    @Test
    void rollsUpProgressPerPillarWeighted() {
        // pillar V, whose levels no other test class changes: nine commitments of weight 1, one of them substantial
        String id = only("reference=V.8").get("id").asString();
        api.post("/api/v1/commitments/" + id + "/progress-reports", """
                {"country": "JP", "organisation": "Ministry of Defense of Japan (MOD)", "summary": "Course held",
                 "level": "substantial", "health": "on-track"}""", "Idempotency-Key", "rollup-jp");
        api.post("/api/v1/commitments/" + id + "/progress-reports", """
                {"country": "PE", "organisation": "Ministry of Defense of Peru (MINDEF)", "summary": "Course held",
                 "level": "substantial", "health": "on-track"}""", "Idempotency-Key", "rollup-pe");

        JsonNode progress = json(api.get("/api/v1/road-maps/" + JAPAN_PERU + "/progress"));

        JsonNode defence = progress.get("pillars").get(4);
        assertThat(defence.get("scope").asString()).isEqualTo("V");
        assertThat(defence.get("progress").asDouble()).isEqualTo(0.074);
        assertThat(defence.get("byLevel").get("substantial").asInt()).isEqualTo(1);
        assertThat(progress.get("total").get("commitments").asInt()).isEqualTo(61);
    }

    @Test
    void documentsTheApiAsOpenApi() {
        HttpResponse<String> docs = api.get("/v3/api-docs");

        assertThat(docs.statusCode()).isEqualTo(200);
        JsonNode paths = json(docs).get("paths");
        assertThat(paths.has("/api/v1/commitments/{id}/progress-reports")).isTrue();
        assertThat(paths.has("/api/v1/road-maps/{id}/progress")).isTrue();
        assertThat(paths.get("/api/v1/commitments").get("get").get("parameters").valueStream()
                .map(p -> p.get("name").asString()).toList()).contains("roadMapId", "overdue", "q", "sort");
    }

    private JsonNode only(String query) {
        JsonNode content = json(api.get("/api/v1/commitments?roadMapId=" + JAPAN_PERU + "&" + query.replace(" ", "%20")))
                .get("content");
        assertThat(content.valueStream().map(c -> c.get("reference").asString()).toList()).as(query).hasSize(1);
        return content.get(0);
    }
}
