package org.roadmap.commitments.commitment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roadmap.platform.test.ApiClient.json;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roadmap.commitments.commitment.CommitmentMother;
import org.roadmap.commitments.support.ServiceTest;
import org.roadmap.platform.test.ApiClient;
import org.roadmap.events.EventSchemas;
import org.roadmap.events.EventType;
import org.roadmap.events.Topics;
import org.roadmap.platform.test.TopicReader;

import tools.jackson.databind.JsonNode;

class CommitmentTrackingTests extends ServiceTest {

    private static final String JP_REPORT = """
            {"country": "JP", "organisation": "Ministry of Foreign Affairs of Japan",
             "summary": "Review under way", "level": "substantial", "health": "on-track"}""";
    private static final String PE_REPORT = """
            {"country": "PE", "organisation": "Ministry of Foreign Affairs of Peru",
             "summary": "Waiting for data from two agencies", "level": "limited", "health": "at-risk"}""";

    private ApiClient api;
    private String id;
    private String path;

    @BeforeEach
    void registerACommitment() {
        api = api();
        HttpResponse<String> created = api.post("/api/v1/commitments",
                CommitmentMother.reportWithinOneYear("tracking-" + UUID.randomUUID().toString().substring(0, 8)));
        id = json(created).get("id").asString();
        path = "/api/v1/commitments/" + id;
    }

    @Test
    void refusesAChangeWithoutIfMatch() {
        HttpResponse<String> response = api.patch(path, "{\"title\": \"Renamed\"}");

        assertThat(response.statusCode()).isEqualTo(428);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void secondOfTwoConcurrentEditsFromTheSameVersionGetsPreconditionFailed() throws Exception {
        CompletableFuture<HttpResponse<String>> tokyo = CompletableFuture.supplyAsync(() ->
                api.patch(path, "{\"title\": \"Edited in Tokyo\"}", "If-Match", "\"1\""));
        CompletableFuture<HttpResponse<String>> lima = CompletableFuture.supplyAsync(() ->
                api.patch(path, "{\"title\": \"Edited in Lima\"}", "If-Match", "\"1\""));

        List<Integer> statuses = List.of(tokyo.get().statusCode(), lima.get().statusCode());

        assertThat(statuses).containsExactlyInAnyOrder(200, 412);
        HttpResponse<String> loser = tokyo.get().statusCode() == 412 ? tokyo.get() : lima.get();
        assertThat(loser.headers().firstValue("ETag")).hasValue("\"2\"");
        String winner = tokyo.get().statusCode() == 200 ? "Edited in Tokyo" : "Edited in Lima";
        assertThat(json(api.get(path)).get("title").asString()).isEqualTo(winner);
    }

    @Test
    void recordsWhoChangedWhatInTheHistoryAndPublishesIt() {
        HttpResponse<String> updated = api.patch(path, "{\"title\": \"Review of past cooperation\", \"deadline\": null}",
                "If-Match", "\"1\"");

        assertThat(updated.statusCode()).isEqualTo(200);
        assertThat(updated.headers().firstValue("ETag")).hasValue("\"2\"");
        assertThat(json(updated).get("deadline").isNull()).isTrue();
        JsonNode history = json(api.get(path + "/history")).get("content");
        assertThat(history.valueStream().map(c -> c.get("kind").asString()).toList())
                .containsExactly("deadline-changed", "updated", "registered");
        assertThat(history.get(0).get("before").get("deadline").asString()).isEqualTo("2025-11-17");
        assertThat(published(EventType.COMMITMENT_DEADLINE_CHANGED)).isNotNull();
    }

    @Test
    void removesWhatAMergePatchSetsToNullAsStoredNotOnlyAsAnswered() {
        assertThat(json(api.get(path)).get("overdue").asBoolean()).isTrue();
        HttpResponse<String> set = api.patch(path, "{\"venue\": \"alternating\", \"meetingSeries\": \"review-talks\"}",
                "If-Match", "\"1\"");
        assertThat(set.statusCode()).isEqualTo(200);

        HttpResponse<String> removed = api.patch(path, "{\"deadline\": null, \"venue\": null, \"meetingSeries\": null}",
                "If-Match", "\"2\"");

        assertThat(removed.statusCode()).isEqualTo(200);
        JsonNode stored = json(api.get(path));
        assertThat(stored.get("deadline").isNull()).isTrue();
        assertThat(stored.get("overdue").asBoolean()).isFalse();
        assertThat(stored.get("venue").isNull()).isTrue();
        assertThat(stored.get("meetingSeries").isNull()).isTrue();
        assertThat(json(api.get("/api/v1/commitments?roadMapId=" + stored.get("roadMapId").asString() + "&overdue=true"))
                .get("content").valueStream().map(c -> c.get("id").asString())).doesNotContain(stored.get("id").asString());
    }

    @Test
    void listsTheCommitmentsOfAnEntityNamedInPartInAnyCaseAPageAtATimeInReferenceOrder() {
        String roadMap = "/api/v1/commitments?roadMapId=jp-pe-2024-2033";
        List<String> expected = json(api.get(roadMap + "&size=200")).get("content").valueStream()
                .filter(c -> c.get("responsibleEntities").valueStream()
                        .anyMatch(e -> e.get("name").asString().toLowerCase(Locale.ROOT).contains("mofa")))
                .map(c -> c.get("id").asString()).toList();
        assertThat(expected).hasSizeGreaterThan(10);

        JsonNode second = json(api.get(roadMap + "&entity=%20MoFA%20&size=5&page=1"));
        assertThat(second.get("content").valueStream().map(c -> c.get("id").asString()).toList())
                .isEqualTo(expected.subList(5, 10));
        assertThat(second.at("/page/totalElements").asLong()).isEqualTo(expected.size());
    }

    @Test
    void refusesNullForFieldsACommitmentAlwaysHasNamingEach() {
        HttpResponse<String> response = api.patch(path, "{\"title\": null, \"responsibleEntities\": null,"
                + " \"weight\": null, \"deadline\": null}", "If-Match", "\"1\"");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("errors").valueStream().map(e -> e.get("field").asString()).toList())
                .containsExactlyInAnyOrder("title", "responsibleEntities", "weight");
        assertThat(json(api.get(path)).get("deadline").asString()).isEqualTo("2025-11-17");
    }

    @Test
    void refusesToChangeTheLevelByPatch() {
        HttpResponse<String> response = api.patch(path, "{\"level\": \"complete\"}", "If-Match", "\"1\"");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("errors").get(0).get("field").asString()).isEqualTo("level");
    }

    @Test
    void retriedProgressReportWithTheSameIdempotencyKeyIsOneReport() {
        HttpResponse<String> first = api.post(path + "/progress-reports", JP_REPORT, "Idempotency-Key", "jp-2025-q3");
        HttpResponse<String> retry = api.post(path + "/progress-reports", JP_REPORT, "Idempotency-Key", "jp-2025-q3");

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(json(retry).get("id")).isEqualTo(json(first).get("id"));
        assertThat(json(api.get(path + "/progress-reports")).get("content")).hasSize(1);
    }

    @Test
    void answersAReportWhereItsCreationSaysAndOnlyUnderItsCommitment() {
        HttpResponse<String> created = api.post(path + "/progress-reports", JP_REPORT);
        String location = created.headers().firstValue("Location").orElseThrow();

        HttpResponse<String> read = api.get(location);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(json(read).get("id")).isEqualTo(json(created).get("id"));
        assertThat(json(read).get("summary").asString()).isEqualTo("Review under way");
        String elsewhere = location.replace(id, json(api.get("/api/v1/commitments?reference=I.1")).at("/content/0/id")
                .asString());
        assertThat(api.get(elsewhere).statusCode()).as("another commitment's path").isEqualTo(404);
    }

    @Test
    void refusesAnIdempotencyKeyReusedForADifferentReport() {
        api.post(path + "/progress-reports", JP_REPORT, "Idempotency-Key", "key-1");

        HttpResponse<String> reused = api.post(path + "/progress-reports", JP_REPORT.replace("under way", "done"),
                "Idempotency-Key", "key-1");

        assertThat(reused.statusCode()).isEqualTo(422);
    }

    @Test
    void flagsDisagreementWhenJapanAndPeruAssessDifferently() {
        api.post(path + "/progress-reports", JP_REPORT);
        api.post(path + "/progress-reports", PE_REPORT);

        JsonNode commitment = json(api.get(path));
        assertThat(commitment.get("level").asString()).isEqualTo("limited");
        assertThat(commitment.get("health").asString()).isEqualTo("at-risk");
        assertThat(commitment.get("disagreement").asBoolean()).isTrue();
        ConsumerRecord<String, byte[]> levelChanged = published(EventType.LEVEL_CHANGED);
        assertThat(EventSchemas.violations(EventType.LEVEL_CHANGED, new String(levelChanged.value()))).isEmpty();
    }

    @Test
    void refusesCompleteWithoutEvidenceNamingTheField() {
        HttpResponse<String> response = api.post(path + "/progress-reports",
                JP_REPORT.replace("substantial", "complete"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(json(response).get("errors").get(0).get("field").asString()).isEqualTo("evidence");
    }

    @Test
    void refusesEvidenceThatIsNotAWebLink() {
        HttpResponse<String> response = api.post(path + "/progress-reports",
                JP_REPORT.replace("\"level\"", "\"evidence\": [\"file:///etc/passwd\"], \"level\""));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("errors").get(0).get("field").asString()).startsWith("evidence");
    }

    @Test
    void refusesAHundredAndFirstMilestoneNamingTheMilestones() {
        for (int n = 1; n <= 100; n++) {
            assertThat(api.post(path + "/milestones", "{\"title\": \"Step %d\", \"plannedDate\": \"2027-01-01\"}"
                    .formatted(n)).statusCode()).isEqualTo(201);
        }

        HttpResponse<String> response = api.post(path + "/milestones",
                "{\"title\": \"One more\", \"plannedDate\": \"2027-01-01\"}");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(json(response).get("errors").get(0).get("field").asString()).isEqualTo("milestones");
        assertThat(json(api.get(path)).get("milestones")).hasSize(100);
    }

    @Test
    void plansAndReachesAMilestone() {
        HttpResponse<String> planned = api.post(path + "/milestones",
                "{\"title\": \"Draft shared with the working group\", \"plannedDate\": \"2025-09-30\"}",
                "Idempotency-Key", "m-draft");
        String milestoneId = json(planned).get("milestones").get(0).get("id").asString();
        String etag = planned.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> reached = api.patch(path + "/milestones/" + milestoneId,
                "{\"actualDate\": \"2025-10-02\"}", "If-Match", etag);

        assertThat(planned.statusCode()).isEqualTo(201);
        assertThat(reached.statusCode()).isEqualTo(200);
        assertThat(json(reached).get("milestones").get(0).get("actualDate").asString()).isEqualTo("2025-10-02");
        assertThat(published(EventType.MILESTONE_CHANGED)).isNotNull();
    }

    @Test
    void answersAnUnknownMilestoneWithNotFound() {
        HttpResponse<String> response = api.patch(path + "/milestones/nope", "{\"title\": \"x\"}", "If-Match", "\"1\"");

        assertThat(response.statusCode()).isEqualTo(404);
    }

    private ConsumerRecord<String, byte[]> published(EventType type) {
        try (TopicReader topic = new TopicReader(Topics.COMMITMENTS)) {
            return topic.readUntil(r -> id.equals(r.key()) && type.type().equals(TopicReader.header(r, "ce_type")),
                    Duration.ofSeconds(30)).stream()
                    .filter(r -> id.equals(r.key()) && type.type().equals(TopicReader.header(r, "ce_type")))
                    .findFirst().orElse(null);
        }
    }
}
