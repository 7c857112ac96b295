package org.roadmap.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.roadmap.notifications.recipient.RecipientMother;
import org.roadmap.platform.test.ApiClient;
import org.roadmap.platform.test.EmbeddedInfrastructure;
import org.roadmap.platform.test.TestTokens;
import org.roadmap.platform.test.TestUser;
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

        FuzzReport report = new ApiFuzzer(URI.create("http://127.0.0.1:" + port),
                Map.of("Authorization", TestTokens.bearer(TestUser.WG_ADMIN)),
                Map.of("id", recipient, "recipientId", recipient), Long.getLong("fuzz.seed", 20241117L))
                .run(Integer.getInteger("fuzz.per-operation", 120));

        System.out.println("notifications-service fuzzing: " + report.summary());
        report.findings().stream().limit(40).forEach(System.out::println);
        assertThat(report.requests()).isGreaterThan(1_000);
        assertThat(report.findings()).isEmpty();
    }
}
