package org.roadmap.commitments.spreadsheet.web;

import static org.roadmap.platform.test.ApiClient.json;

import org.junit.jupiter.api.BeforeEach;
import org.roadmap.platform.test.ApiClient;
import org.roadmap.platform.test.EmbeddedInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service with the seeded Japan–Peru road map, shared by the progress sheet's test classes:
 * one Spring context for all of them, as they inherit the same configuration.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class ProgressSheetIntegration {

    static final String SHEET = "/api/v1/road-maps/jp-pe-2024-2033/progress.csv";

    @LocalServerPort
    int port;

    ApiClient api;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.register(registry, "commitments-progress-sheet");
    }

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    Sheet download() {
        return Sheet.of(api.get(SHEET).body());
    }

    /** The path of the seeded commitment with this reference. */
    String commitment(String reference) {
        return "/api/v1/commitments/" + json(api.get("/api/v1/commitments?roadMapId=jp-pe-2024-2033&reference="
                + reference)).get("content").get(0).get("id").asString();
    }
}
