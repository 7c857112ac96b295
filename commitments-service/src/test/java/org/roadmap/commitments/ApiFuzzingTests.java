package org.roadmap.commitments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.roadmap.commitments.commitment.CommitmentMother;
import org.roadmap.commitments.support.ServiceTest;
import org.roadmap.platform.test.ApiClient;
import org.roadmap.platform.test.fuzz.ApiFuzzer;
import org.roadmap.platform.test.fuzz.FuzzReport;

/** Thousands of malformed and hostile requests over every operation: no 5xx, every error problem+json. */
class ApiFuzzingTests extends ServiceTest {

    @Test
    void noHostileRequestGetsAServerErrorOrAnythingButAProblem() {
        String roadMapId = "fuzz-" + UUID.randomUUID().toString().substring(0, 8);
        ApiClient api = api();
        String id = ApiClient.json(api.post("/api/v1/commitments", CommitmentMother.reportWithinOneYear(roadMapId)))
                .get("id").asString();

        FuzzReport report = ApiFuzzer.runAsWorkingGroup("commitments-service", port, Map.of("id", id, "roadMapId", roadMapId));
        assertThat(report.requests()).isGreaterThan(1_000);
        assertThat(report.findings()).isEmpty();
    }
}
