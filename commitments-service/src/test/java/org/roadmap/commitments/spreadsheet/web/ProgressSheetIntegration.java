package org.roadmap.commitments.spreadsheet.web;

import static org.roadmap.platform.test.ApiClient.json;

import org.junit.jupiter.api.BeforeEach;
import org.roadmap.commitments.support.ServiceTest;
import org.roadmap.platform.test.ApiClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The service with the seeded Japan–Peru road map, shared by the progress sheet's test classes:
 * one Spring context for all of them, as they inherit the same configuration.
 */
// A database of their own, so a second context: one upload here reports on every side of every seeded
// commitment, which would change the levels, timelines and roll-ups the other test classes look at.
@TestPropertySource(properties = "spring.mongodb.database=commitments-progress-sheet")
abstract class ProgressSheetIntegration extends ServiceTest {

    static final String SHEET = "/api/v1/road-maps/jp-pe-2024-2033/progress.csv";

    ApiClient api;

    @BeforeEach
    void client() {
        api = api();
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
