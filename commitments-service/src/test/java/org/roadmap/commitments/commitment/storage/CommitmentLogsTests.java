package org.roadmap.commitments.commitment.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roadmap.platform.test.ApiClient.json;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.bson.RawBsonDocument;
import org.junit.jupiter.api.Test;
import org.roadmap.commitments.commitment.CommitmentMother;
import org.roadmap.commitments.support.ServiceTest;
import org.roadmap.platform.storage.LogsOnStart;
import org.roadmap.platform.test.ApiClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.mongodb.core.MongoTemplate;

import tools.jackson.databind.JsonNode;

/**
 * A commitment's document holds its current state; its history, progress reports and requests are logs of
 * their own, so the document does not grow with them, and a data directory of the earlier layout (every
 * report and change inside the document) is moved to the logs on start without losing any.
 */
class CommitmentLogsTests extends ServiceTest {

    private static final String REPORT = """
            {"country": "JP", "organisation": "Ministry of Foreign Affairs of Japan",
             "summary": "Report %d", "level": "limited", "health": "on-track"}""";

    @Autowired
    MongoTemplate mongo;

    @Autowired
    LogsOnStart onStart;

    @Test
    void theDocumentStaysTheSameSizeWhileItsHistoryGrowsAndEveryPageIsThere() {
        ApiClient api = api();
        String id = json(api.post("/api/v1/commitments",
                CommitmentMother.reportWithinOneYear("logs-" + UUID.randomUUID().toString().substring(0, 8))))
                .get("id").asString();
        String path = "/api/v1/commitments/" + id;
        for (int i = 1; i <= 10; i++) {
            assertThat(api.post(path + "/progress-reports", REPORT.formatted(i)).statusCode()).isEqualTo(201);
        }
        int afterTen = storedSize(id);
        for (int i = 11; i <= 250; i++) {
            assertThat(api.post(path + "/progress-reports", REPORT.formatted(i)).statusCode()).isEqualTo(201);
        }

        assertThat(storedSize(id)).isBetween(afterTen - 64, afterTen + 64);
        Document stored = mongo.findById(id, Document.class, "commitments");
        assertThat(stored.getList("appended", Document.class, List.of())).isEmpty();
        JsonNode newest = json(api.get(path + "/progress-reports?size=20"));
        assertThat(newest.get("page").get("totalElements").asLong()).isEqualTo(250);
        assertThat(newest.get("content").get(0).get("summary").asString()).isEqualTo("Report 250");
        JsonNode oldest = json(api.get(path + "/progress-reports?size=20&page=12"));
        assertThat(oldest.get("content").valueStream().map(r -> r.get("summary").asString()).toList())
                .containsExactly("Report 10", "Report 9", "Report 8", "Report 7", "Report 6", "Report 5", "Report 4",
                        "Report 3", "Report 2", "Report 1");
        JsonNode history = json(api.get(path + "/history?size=200&page=1"));
        assertThat(history.get("page").get("totalElements").asLong()).isEqualTo(252); // registered, 250 reports, one level change
        assertThat(history.get("content").get(51).get("kind").asString()).isEqualTo("registered");
        assertThat(json(api.get(path)).get("progressReports").asInt()).isEqualTo(250);
    }

    @Test
    void aDocumentOfTheEarlierLayoutIsMovedToTheLogsOnStartWithNothingLost() throws Exception {
        Document earlier = Document.parse(new ClassPathResource("previous-layout/commitment.json")
                .getContentAsString(StandardCharsets.UTF_8));
        // as stored: the ids of reports made with an Idempotency-Key derive from the commitment's
        String id = earlier.getString("_id");
        int changes = earlier.getList("history", Document.class).size();
        mongo.insert(earlier, "commitments");
        mongo.remove(new org.springframework.data.mongodb.core.query.Query(), "migrations");

        onStart.afterPropertiesSet();

        Document moved = mongo.findById(id, Document.class, "commitments");
        assertThat(moved.get("progressReports")).isNull();
        assertThat(moved.get("history", Document.class).get("length", Number.class).longValue()).isEqualTo(changes);
        ApiClient api = api();
        String path = "/api/v1/commitments/" + id;
        JsonNode history = json(api.get(path + "/history?size=100"));
        assertThat(history.get("page").get("totalElements").asInt()).isEqualTo(changes);
        assertThat(history.get("content").get(changes - 1).get("kind").asString()).isEqualTo("registered");
        JsonNode reports = json(api.get(path + "/progress-reports")).get("content");
        assertThat(reports.valueStream().map(r -> r.get("summary").asString()).toList())
                .containsExactly("Draft circulated", "Waiting for data", "Review under way");
        JsonNode commitment = json(api.get(path));
        assertThat(commitment.get("progressReports").asInt()).isEqualTo(3);
        assertThat(commitment.get("title").asString()).isEqualTo("Renamed once");

        HttpResponse<String> retried = api.post(path + "/progress-reports", """
                {"country": "JP", "organisation": "Ministry of Foreign Affairs of Japan",
                 "summary": "Review under way", "level": "substantial", "health": "on-track"}""",
                "Idempotency-Key", "jp-1");
        assertThat(retried.statusCode()).isEqualTo(200);
        assertThat(json(retried).get("summary").asString()).isEqualTo("Review under way");
        HttpResponse<String> next = api.post(path + "/progress-reports", REPORT.formatted(4), "Idempotency-Key", "jp-3");
        assertThat(next.statusCode()).isEqualTo(201);
        assertThat(json(api.get(path + "/progress-reports")).get("content").get(0).get("summary").asString())
                .isEqualTo("Report 4");
        assertThat(json(api.get(path + "/history")).get("page").get("totalElements").asInt()).isGreaterThan(changes);
    }

    private int storedSize(String id) {
        Document stored = mongo.findById(id, Document.class, "commitments");
        stored.remove("outbox");
        stored.remove("outboxPending");
        return new RawBsonDocument(stored, new org.bson.codecs.DocumentCodec()).getByteBuffer().remaining();
    }
}
