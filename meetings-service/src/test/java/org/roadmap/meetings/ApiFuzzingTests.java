package org.roadmap.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
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
        EmbeddedInfrastructure.register(registry, "meetings-fuzzing");
    }

    @Test
    void noHostileRequestGetsAServerErrorOrAnythingButAProblem() {
        String seriesId = "fuzz-" + UUID.randomUUID().toString().substring(0, 8);
        ApiClient api = new ApiClient(port);
        assertThat(api.post("/api/v1/meeting-series", """
                {"id": "%s", "roadMapId": "fuzz-road-map", "title": "Fuzzed dialogue", "organiser": "Ministries",
                 "commitments": ["I.2"], "duration": "PT2H",
                 "recurrence": {"rule": "FREQ=YEARLY;INTERVAL=2", "firstStart": "2027-09-16T10:00"},
                 "venue": {"rule": "alternating", "venues": [{"city": "Tokyo", "country": "JP"},
                                                             {"city": "Lima", "country": "PE"}]},
                 "timeZone": "Asia/Tokyo"}
                """.formatted(seriesId)).statusCode()).isEqualTo(201);

        FuzzReport report = ApiFuzzer.runAsWorkingGroup("meetings-service", port, Map.of("id", seriesId));
        assertThat(report.requests()).isGreaterThan(1_000);
        assertThat(report.findings()).isEmpty();
    }
}
