package org.roadmap.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.roadmap.notifications.recipient.RecipientMother;
import org.roadmap.platform.test.ApiClient;
import org.roadmap.platform.test.EmbeddedInfrastructure;
import org.roadmap.platform.test.fuzz.ApiFuzzer;
import org.roadmap.platform.test.fuzz.FuzzReport;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Thousands of malformed and hostile requests over every operation: no 5xx, every error problem+json. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiFuzzingTests {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.register(registry, "notifications-fuzzing");
    }

    @Test
    void noHostileRequestGetsAServerErrorOrAnythingButAProblem() {
        ApiClient api = new ApiClient(port);
        String recipient = ApiClient.json(api.post("/api/v1/recipients",
                RecipientMother.tokyoOfficer(RecipientMother.uniqueEmail("fuzz")))).get("id").asString();

        FuzzReport report = ApiFuzzer.runAsWorkingGroup("notifications-service", port,
                Map.of("id", recipient, "recipientId", recipient));
        assertThat(report.requests()).isGreaterThan(1_000);
        assertThat(report.findings()).isEmpty();
    }
}
