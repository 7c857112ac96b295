package org.roadmap.commitments.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roadmap.platform.test.ApiClient.json;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roadmap.commitments.support.ServiceTest;
import org.roadmap.platform.test.ApiClient;
import org.roadmap.platform.test.TestUser;

import tools.jackson.databind.JsonNode;

/**
 * A commitment both sides answer for (I.4: MOFA for Japan, MRE for Peru) belongs to neither editor
 * alone: each changes its own side's responsible entities and reports under its own side's names,
 * never the other side's.
 */
class SharedCommitmentTests extends ServiceTest {

    private static final String MOFA = "{\"name\": \"Ministry of Foreign Affairs of Japan (MOFA)\", \"country\": \"JP\", \"role\": \"lead\"}";
    private static final String MRE = "{\"name\": \"Ministry of Foreign Affairs of Peru (MRE)\", \"country\": \"PE\", \"role\": \"lead\"}";
    private static final String CULTURE = "{\"name\": \"Ministry of Culture of Peru\", \"country\": \"PE\", \"role\": \"implementing\"}";

    private ApiClient admin;

    @BeforeEach
    void client() {
        admin = api();
    }

    @Test
    void refusesAnEditorRemovingTheOtherSidesMinistry() {
        String path = commitment("I.4");

        HttpResponse<String> response = admin.as(TestUser.PE_EDITOR).patch(path,
                "{\"responsibleEntities\": [" + MRE + "]}", "If-Match", etag(path));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(json(response).get("detail").asString()).contains("JP", "Ministry of Foreign Affairs of Japan (MOFA)");
        assertThat(names(path)).contains("Ministry of Foreign Affairs of Japan (MOFA)");
    }

    @Test
    void refusesAnEditorAddingAnEntityToTheOtherSide() {
        String path = commitment("I.4");
        String tokyo = "{\"name\": \"Japan Foundation\", \"country\": \"JP\", \"role\": \"implementing\"}";

        HttpResponse<String> response = admin.as(TestUser.PE_EDITOR).patch(path,
                "{\"responsibleEntities\": [" + MOFA + ", " + MRE + ", " + tokyo + "]}", "If-Match", etag(path));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(names(path)).doesNotContain("Japan Foundation");
    }

    @Test
    void letsAnEditorChangeItsOwnSidesEntities() {
        String path = commitment("I.4");

        HttpResponse<String> response = admin.as(TestUser.PE_EDITOR).patch(path,
                "{\"responsibleEntities\": [" + MOFA + ", " + MRE + ", " + CULTURE + "]}", "If-Match", etag(path));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(names(path)).contains("Ministry of Culture of Peru", "Ministry of Foreign Affairs of Japan (MOFA)");
    }

    @Test
    void refusesAReportUnderAnotherMinistrysName() {
        HttpResponse<String> response = admin.as(TestUser.PE_EDITOR).post(commitment("I.4") + "/progress-reports", """
                {"country": "PE", "organisation": "Ministry of Energy and Mines of Peru (MINEM)",
                 "summary": "Reported in someone else's name", "level": "limited", "health": "on-track"}""");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(json(response).get("detail").asString()).contains("Ministry of Energy and Mines of Peru (MINEM)");
    }

    @Test
    void letsTheWorkingGroupReportUnderAnyName() {
        HttpResponse<String> response = admin.post(commitment("I.4") + "/progress-reports", """
                {"country": "PE", "organisation": "Ministry of Culture of Peru",
                 "summary": "Reported by the working group", "level": "limited", "health": "on-track"}""");

        assertThat(response.statusCode()).isIn(200, 201);
    }

    private List<String> names(String path) {
        List<String> names = new ArrayList<>();
        json(admin.get(path)).get("responsibleEntities").forEach(e -> names.add(e.get("name").asString()));
        return names;
    }

    private String commitment(String reference) {
        JsonNode page = json(admin.get("/api/v1/commitments?roadMapId=jp-pe-2024-2033&reference=" + reference));
        return "/api/v1/commitments/" + page.get("content").get(0).get("id").asString();
    }

    private String etag(String path) {
        return admin.get(path).headers().firstValue("ETag").orElseThrow();
    }
}
