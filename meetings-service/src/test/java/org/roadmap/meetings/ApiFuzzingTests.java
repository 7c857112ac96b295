package org.roadmap.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.roadmap.meetings.support.ServiceTest;
import org.roadmap.platform.test.ApiClient;
import org.roadmap.platform.test.fuzz.ApiFuzzer;
import org.roadmap.platform.test.fuzz.FuzzReport;

/** Thousands of malformed and hostile requests over every operation: no 5xx, every error problem+json. */
class ApiFuzzingTests extends ServiceTest {

    @Test
    void noHostileRequestGetsAServerErrorOrAnythingButAProblem() {
        String seriesId = "fuzz-" + UUID.randomUUID().toString().substring(0, 8);
        ApiClient api = api();
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
