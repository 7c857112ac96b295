package org.roadmap.platformtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.roadmap.commitments.CommitmentsApplication;
import org.roadmap.events.EventJson;
import org.roadmap.meetings.MeetingsApplication;
import org.roadmap.platform.test.EmbeddedInfrastructure;

import tools.jackson.databind.JsonNode;

/**
 * A new road map's text becomes meetings a ministry can schedule: the working group imports it on
 * commitments-service and confirms it; the meeting series its items imply cross Kafka and become
 * series of meetings-service in that road map's own capitals.
 */
class ImportConfirmationTests {

    @Test
    void confirmingAnImportedRoadMapGivesMeetingsServiceTheSeriesItsTextImplies() throws Exception {
        try (RunningService commitments = RunningService.start(CommitmentsApplication.class,
                EmbeddedInfrastructure.arguments("confirmation-commitments"));
                RunningService meetings = RunningService.start(MeetingsApplication.class,
                        EmbeddedInfrastructure.arguments("confirmation-meetings"))) {
            HttpResponse<String> imported = commitments.post("/api/v1/road-maps", "text/plain", """
                    [Title] ACTION PLAN BETWEEN CANADA AND THE REPUBLIC OF CHILE 2025-2030 %s
                    [Place] Ottawa
                    [Date] March 12, 2025
                    [Full text]

                    I. POLITICAL PILLAR

                    1. Hold annual meetings of the Canada-Chile Joint Commission. The venue of the meetings will alternate between Ottawa and Santiago.

                    2. Establish, by the end of 2026, a joint financing window with the participation of the Business Development Bank of Canada (BDC) and the Chilean Economic Development Agency (CORFO).
                    """.formatted(UUID.randomUUID()));
            assertThat(imported.statusCode()).isEqualTo(201);
            String roadMap = EventJson.tree(imported.body()).get("id").asString();

            HttpResponse<String> confirmed = commitments.postJson("/api/v1/road-maps/" + roadMap + "/confirmation", "");
            assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);

            JsonNode series = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> {
                HttpResponse<String> list = meetings.get("/api/v1/meeting-series?roadMapId=" + roadMap);
                return list.statusCode() == 200 ? EventJson.tree(list.body()) : null;
            }, found -> found != null && found.size() == 1).get(0);
            assertThat(series.get("commitments").get(0).get("reference").asString()).isEqualTo("I.1");
            assertThat(series.get("venue").get("kind").asString()).isEqualTo("alternating");
            assertThat(series.get("venue").get("venues").valueStream().map(v -> v.get("city").asString()).toList())
                    .containsExactly("Ottawa", "Santiago");
            assertThat(series.get("cadence").get("kind").asString()).isEqualTo("annual");
        }
    }
}
