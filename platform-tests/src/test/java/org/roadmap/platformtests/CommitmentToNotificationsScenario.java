package org.roadmap.platformtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import org.roadmap.commitments.CommitmentsApplication;
import org.roadmap.events.EventJson;
import org.roadmap.notifications.NotificationsApplication;

import tools.jackson.databind.JsonNode;

/**
 * The thin end-to-end slice: a ministry registers a commitment on commitments-service; its
 * {@code CommitmentRegistered} event crosses Kafka; notifications-service records it in its
 * projection. Run on whatever infrastructure the subclass provides.
 */
abstract class CommitmentToNotificationsScenario {

    /** Command-line settings that point a service at the infrastructure, with its own database. */
    abstract String[] infrastructure(String database);

    void registeredCommitmentReachesNotificationsService() throws Exception {
        String roadMapId = "slice-" + UUID.randomUUID().toString().substring(0, 8);
        String traceId = UUID.randomUUID().toString().replace("-", "");
        try (RunningService commitments = RunningService.start(CommitmentsApplication.class, infrastructure("commitments"));
                RunningService notifications = RunningService.start(NotificationsApplication.class,
                        infrastructure("notifications"))) {

            HttpResponse<String> created = commitments.postJson("/api/v1/commitments", """
                    {"roadMapId": "%s", "pillar": "II", "number": 7,
                     "title": "Annual meeting on mining and energy investment",
                     "text": "Hold an annual meeting on investment opportunities in the mining and energy sectors.",
                     "responsibleEntities": [
                       {"name": "Embassy of Peru in Japan", "country": "PE", "role": "lead"},
                       {"name": "Ministry of Energy and Mines (MINEM)", "country": "PE", "role": "implementing"},
                       {"name": "Japan Organization for Metals and Energy Security (JOGMEC)", "country": "JP", "role": "implementing"}],
                     "deadline": "2025-12-31"}
                    """.formatted(roadMapId), "traceparent", "00-" + traceId + "-00f067aa0ba902b7-01");
            assertThat(created.statusCode()).isEqualTo(201);
            String id = EventJson.tree(created.body()).get("id").asString();

            JsonNode known = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
                HttpResponse<String> response = notifications.get("/api/v1/notifications/commitments/" + id);
                return response.statusCode() == 200 ? EventJson.tree(response.body()) : null;
            }, found -> found != null);

            assertThat(known.get("reference").asString()).isEqualTo("II.7");
            assertThat(known.get("roadMapId").asString()).isEqualTo(roadMapId);
            assertThat(known.get("deadline").asString()).isEqualTo("2025-12-31");
            assertThat(known.get("responsibleEntities")).hasSize(3);
            assertTraceFollowed(id, traceId);
        }
    }

    /** Hook for checks that need direct access to the broker. */
    void assertTraceFollowed(String commitmentId, String traceId) {
    }
}
