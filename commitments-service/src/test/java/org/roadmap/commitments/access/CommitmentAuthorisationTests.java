package org.roadmap.commitments.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roadmap.platform.test.ApiClient.json;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roadmap.commitments.support.ServiceTest;
import org.roadmap.platform.test.ApiClient;
import org.roadmap.platform.test.TestTokens;
import org.roadmap.platform.test.TestUser;

import tools.jackson.databind.JsonNode;

/**
 * The rules of docs/adr/0006 on the seeded Japan–Peru road map, over real HTTP with the tokens of
 * the seeded users: MRE (Peru) is responsible for I.1; II.1 is not MRE's; V.5–V.7 are restricted.
 */
class CommitmentAuthorisationTests extends ServiceTest {

    private static final String ROAD_MAP = "/api/v1/road-maps/jp-pe-2024-2033";
    private static final String PE_REPORT = """
            {"country": "PE", "organisation": "Ministry of Foreign Affairs of Peru (MRE)",
             "summary": "Consultations held in Lima", "level": "limited", "health": "on-track"}""";
    private static final String JP_REPORT = """
            {"country": "JP", "organisation": "Ministry of Foreign Affairs of Japan (MOFA)",
             "summary": "Consultations held in Tokyo", "level": "limited", "health": "on-track"}""";

    private ApiClient admin;

    @BeforeEach
    void client() {
        admin = api();
    }

    @Test
    void refusesEveryApiRequestWithoutATokenAsUnauthorisedProblem() {
        HttpResponse<String> response = admin.withoutToken().get("/api/v1/commitments?roadMapId=jp-pe-2024-2033");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Bearer");
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    }

    @Test
    void refusesAnExpiredToken() {
        HttpResponse<String> response = admin.withToken(TestTokens.token(TestUser.PE_EDITOR, Duration.ofMinutes(-10)))
                .get(commitment("I.1"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate").orElseThrow()).contains("invalid_token");
    }

    @Test
    void keepsHealthAndApiDocumentationOpen() {
        assertThat(admin.withoutToken().get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(admin.withoutToken().get("/v3/api-docs").statusCode()).isEqualTo(200);
        JsonNode docs = json(admin.withoutToken().get("/v3/api-docs"));
        assertThat(docs.toString()).doesNotContain("\"caller\"");
        assertThat(docs.get("components").get("securitySchemes").get("bearer-token").get("scheme").asString())
                .isEqualTo("bearer");
    }

    @Test
    void letsAnEditorReportForItsOwnSideOfItsOrganisationsCommitmentAndRecordsWhoDidIt() {
        HttpResponse<String> reported = admin.as(TestUser.PE_EDITOR).post(commitment("I.1") + "/progress-reports",
                PE_REPORT, "Idempotency-Key", "pe-editor-i1");

        assertThat(reported.statusCode()).isIn(200, 201);
        assertThat(json(reported).get("reportedBy").asString()).isEqualTo("Lucía Quispe (pe-editor)");
    }

    @Test
    void refusesAnEditorReportingForTheOtherSide() {
        HttpResponse<String> response = admin.as(TestUser.PE_EDITOR).post(commitment("I.1") + "/progress-reports",
                JP_REPORT);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(json(response).get("detail").asString()).contains("own country's side");
    }

    @Test
    void refusesAnEditorChangingACommitmentOfAnotherOrganisation() {
        String path = commitment("II.1");

        HttpResponse<String> report = admin.as(TestUser.PE_EDITOR).post(path + "/progress-reports", PE_REPORT);
        HttpResponse<String> patch = admin.as(TestUser.PE_EDITOR).patch(path, "{\"title\": \"Taken over\"}",
                "If-Match", etag(path));
        HttpResponse<String> milestone = admin.as(TestUser.PE_EDITOR).post(path + "/milestones",
                "{\"title\": \"Kick-off\", \"plannedDate\": \"2026-03-01\"}");

        for (HttpResponse<String> response : List.of(report, patch, milestone)) {
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(json(response).get("detail").asString())
                    .contains("responsible for", "Ministry of Foreign Affairs of Peru (MRE)", "II.1");
        }
    }

    @Test
    void letsAnEditorChangeItsOrganisationsCommitmentAndHistoryShowsWho() {
        String path = commitment("I.4");

        HttpResponse<String> changed = admin.as(TestUser.JP_EDITOR).patch(path,
                "{\"title\": \"Consultations on consular matters\"}", "If-Match", etag(path));

        assertThat(changed.statusCode()).isEqualTo(200);
        JsonNode history = json(admin.get(path + "/history")).get("content");
        assertThat(history.get(0).get("by").asString()).isEqualTo("Aiko Tanaka (jp-editor)");
    }

    @Test
    void leavesConfirmingSuggestionsAndRestrictingToTheWorkingGroup() {
        String path = commitment("I.5");

        HttpResponse<String> confirm = admin.as(TestUser.JP_EDITOR).patch(path, "{\"confirmed\": true}",
                "If-Match", etag(path));
        HttpResponse<String> restrict = admin.as(TestUser.JP_EDITOR).patch(path, "{\"restricted\": true}",
                "If-Match", etag(path));

        assertThat(confirm.statusCode()).isEqualTo(403);
        assertThat(restrict.statusCode()).isEqualTo(403);
        assertThat(json(restrict).get("detail").asString()).contains("working group");
        assertThat(admin.patch(path, "{\"weight\": 2}", "If-Match", etag(path)).statusCode()).isEqualTo(200);
    }

    @Test
    void refusesEditorsRegisteringForAnotherOrganisation() {
        HttpResponse<String> response = admin.as(TestUser.PE_EDITOR).post("/api/v1/commitments", """
                {"roadMapId": "jp-pe-2024-2033", "pillar": "II", "number": 90, "title": "Trade fair",
                 "text": "Both sides hold a trade fair.",
                 "responsibleEntities": [{"name": "Ministry of Production of Peru (PRODUCE)", "country": "PE", "role": "lead"}]}""");

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void letsReadersAndIntegratorsReadButNotChange() {
        for (TestUser reader : List.of(TestUser.STAFF_READER, TestUser.INTEGRATOR)) {
            ApiClient client = admin.as(reader);

            assertThat(client.get(commitment("I.1")).statusCode()).isEqualTo(200);
            HttpResponse<String> report = client.post(commitment("I.1") + "/progress-reports", PE_REPORT);
            assertThat(report.statusCode()).isEqualTo(403);
            assertThat(json(report).get("detail").asString()).contains("roadmap.write");
        }
    }

    @Test
    void leavesRoadMapImportToTheWorkingGroup() {
        HttpResponse<String> response = admin.as(TestUser.JP_EDITOR).postText("/api/v1/road-maps", "text/plain",
                "Road Map\nI. Pillar\n1. Something\n");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(json(response).get("detail").asString()).contains("working group");
    }

    @Test
    void hidesRestrictedCommitmentsFromIntegratorsEverywhere() {
        ApiClient integrator = admin.as(TestUser.INTEGRATOR);
        List<String> restricted = List.of("V.5", "V.6", "V.7");

        assertThat(references(admin, "")).contains("V.5", "V.6", "V.7").hasSize(61);
        assertThat(references(integrator, "")).doesNotContainAnyElementsOf(restricted).hasSize(58);
        assertThat(references(integrator, "&pillar=V")).doesNotContainAnyElementsOf(restricted);
        assertThat(references(admin.as(TestUser.STAFF_READER), "")).hasSize(61);

        String path = commitment("V.5");
        for (String part : List.of("", "/history", "/progress-reports")) {
            HttpResponse<String> response = integrator.get(path + part);
            assertThat(response.statusCode()).as(part).isEqualTo(404);
            assertThat(response.body()).doesNotContain("JMSDF", "Defense");
        }
        assertThat(json(integrator.get(ROAD_MAP + "/progress")).get("total").get("commitments").asInt()).isEqualTo(58);
        assertThat(json(admin.get(ROAD_MAP + "/progress")).get("total").get("commitments").asInt()).isEqualTo(61);
        String sheet = integrator.get(ROAD_MAP + "/progress.csv").body();
        assertThat(sheet).contains("\r\nI.1,").doesNotContain("\r\nV.5,", "\r\nV.6,", "\r\nV.7,");
        HttpResponse<String> report = integrator.get(ROAD_MAP + "/reports/annual?year=2025");
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.body()).doesNotContain("\"V.5\"", "\"V.6\"", "\"V.7\"");
        assertThat(admin.get(ROAD_MAP + "/reports/annual?year=2025").body()).isNotEqualTo(report.body());
    }

    @Test
    void countsTheRoadMapsCommitmentsAsTheCallerSeesThem() {
        for (TestUser outsider : List.of(TestUser.INTEGRATOR, TestUser.WITHOUT_ROLES)) {
            JsonNode roadMap = json(admin.as(outsider).get(ROAD_MAP));

            assertThat(roadMap.get("commitments").asInt()).as(outsider.subject()).isEqualTo(58);
            assertThat(pillar(roadMap, "V").get("commitments").asInt()).isEqualTo(6);
            assertThat(pillar(roadMap, "I").get("commitments").asInt()).isEqualTo(pillar(json(admin.get(ROAD_MAP)), "I")
                    .get("commitments").asInt());
            JsonNode listed = json(admin.as(outsider).get("/api/v1/road-maps")).valueStream()
                    .filter(r -> r.get("id").asString().equals("jp-pe-2024-2033")).findFirst().orElseThrow();
            assertThat(listed.get("commitments").asInt()).isEqualTo(58);
        }
        for (TestUser staff : List.of(TestUser.WG_ADMIN, TestUser.STAFF_READER)) {
            JsonNode roadMap = json(admin.as(staff).get(ROAD_MAP));
            assertThat(roadMap.get("commitments").asInt()).isEqualTo(61);
            assertThat(pillar(roadMap, "V").get("commitments").asInt()).isEqualTo(9);
        }
    }

    @Test
    void hidesRestrictedCommitmentsFromTokensWithoutRoles() {
        ApiClient withoutRoles = admin.as(TestUser.WITHOUT_ROLES);

        assertThat(withoutRoles.get(commitment("V.5")).statusCode()).isEqualTo(404);
        assertThat(references(withoutRoles, "")).doesNotContain("V.5", "V.6", "V.7").hasSize(58);
        assertThat(withoutRoles.get(commitment("I.1")).statusCode()).isEqualTo(200);
    }

    @Test
    void refusesChangesToAResponsibleEditorsTokenAskedForWithTheReadScopeOnly() {
        ApiClient readOnly = admin.withToken(TestTokens.withScope(TestUser.PE_EDITOR, "roadmap.read"));
        String path = commitment("I.1");

        HttpResponse<String> patch = readOnly.patch(path, "{\"title\": \"Renamed\"}", "If-Match", etag(path));
        HttpResponse<String> report = readOnly.post(path + "/progress-reports", PE_REPORT);

        for (HttpResponse<String> response : List.of(patch, report)) {
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(json(response).get("detail").asString()).contains("roadmap.write");
        }
        assertThat(readOnly.get(path).statusCode()).isEqualTo(200);
    }

    private static JsonNode pillar(JsonNode roadMap, String numeral) {
        for (JsonNode pillar : roadMap.get("pillars")) {
            if (pillar.get("numeral").asString().equals(numeral)) {
                return pillar;
            }
        }
        throw new AssertionError("no pillar " + numeral);
    }

    private List<String> references(ApiClient client, String filter) {
        JsonNode page = json(client.get("/api/v1/commitments?roadMapId=jp-pe-2024-2033&size=200" + filter));
        List<String> references = new ArrayList<>();
        page.get("content").forEach(c -> references.add(c.get("reference").asString()));
        return references;
    }

    private String commitment(String reference) {
        return "/api/v1/commitments/" + json(admin.get("/api/v1/commitments?roadMapId=jp-pe-2024-2033&reference="
                + reference)).get("content").get(0).get("id").asString();
    }

    private String etag(String path) {
        return admin.get(path).headers().firstValue("ETag").orElseThrow();
    }
}
