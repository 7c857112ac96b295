package org.roadmap.meetings.series.web;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.roadmap.platform.test.ApiClient.json;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.bson.RawBsonDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roadmap.meetings.support.ServiceTest;
import org.roadmap.platform.test.ApiClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import tools.jackson.databind.JsonNode;

/** A series' history: in a log of its own, read a page at a time, newest first; the series document stays small. */
class SeriesHistoryTests extends ServiceTest {

    @Autowired
    MongoTemplate mongo;

    private ApiClient api;
    private String seriesId;
    private String path;

    @BeforeEach
    void aSeriesWithoutARule() {
        api = api();
        seriesId = "history-" + UUID.randomUUID().toString().substring(0, 8);
        path = "/api/v1/meeting-series/" + seriesId;
        // no rule: nothing is announced, so each change below is one change of one write
        assertThat(api.post("/api/v1/meeting-series", """
                {"id": "%s", "roadMapId": "road-map-%s", "title": "Title A", "duration": "PT2H",
                 "timeZone": "Asia/Tokyo", "venue": {"rule": "fixed", "venues": [{"city": "Tokyo", "country": "JP"}]}}
                """.formatted(seriesId, seriesId)).statusCode()).isEqualTo(201);
    }

    @Test
    void keepsTheSeriesDocumentTheSameSizeHoweverLongItsHistory() {
        long after10 = 0;
        for (int change = 1; change <= 300; change++) {
            String title = change % 2 == 0 ? "Title A" : "Title B";
            HttpResponse<String> changed = api.patch(path, "{\"title\": \"" + title + "\"}", "If-Match",
                    "\"" + change + "\"");
            assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
            assertThat(stored().getList("appended", Document.class, List.of())).as("after change " + change).isEmpty();
            if (change == 10) {
                after10 = storedSize();
            }
        }

        assertThat(storedSize()).as("the document's size after 300 changes, as after 10").isEqualTo(after10);
        Document history = stored().get("history", Document.class);
        assertThat(history.get("length", Number.class).longValue()).isEqualTo(301);
        assertThat(history.getList("latest", Document.class)).hasSize(1);
        assertThat(mongo.getCollection("meeting_series_history").countDocuments(eq("aggregate", seriesId)))
                .isEqualTo(301);
        JsonNode first = json(api.get(path + "/history"));
        assertThat(first.get("page").get("totalElements").asLong()).isEqualTo(301);
        assertThat(first.get("page").get("totalPages").asLong()).isEqualTo(16);
        assertThat(first.get("content")).hasSize(20);
        assertThat(first.get("content").get(0).get("version").asLong()).isEqualTo(301);
        assertThat(first.get("content").get(0).get("after").get("title").asString()).isEqualTo("Title A");
        JsonNode last = json(api.get(path + "/history?page=1&size=200")).get("content");
        assertThat(last).hasSize(101);
        assertThat(last.get(0).get("version").asLong()).isEqualTo(101);
        assertThat(last.get(100).get("kind").asString()).isEqualTo("created");
    }

    @Test
    void answersAPageNewestFirstAndAPageBeyondTheEndEmpty() {
        for (int change = 1; change <= 4; change++) {
            assertThat(api.patch(path, "{\"title\": \"Title " + change + "\"}", "If-Match", "\"" + change + "\"")
                    .statusCode()).isEqualTo(200);
        }

        JsonNode second = json(api.get(path + "/history?page=1&size=2"));
        assertThat(second.get("content").valueStream().map(c -> c.get("version").asLong()).toList())
                .containsExactly(3L, 2L);
        assertThat(second.get("page").get("number").asInt()).isEqualTo(1);
        assertThat(second.get("page").get("size").asInt()).isEqualTo(2);
        assertThat(second.get("page").get("totalElements").asLong()).isEqualTo(5);
        assertThat(second.get("page").get("totalPages").asInt()).isEqualTo(3);
        assertThat(json(api.get(path + "/history?page=2&size=2")).get("content").valueStream()
                .map(c -> c.get("kind").asString()).toList()).containsExactly("created");
        assertThat(json(api.get(path + "/history?page=3&size=2")).get("content")).isEmpty();
    }

    @Test
    void refusesAPageOrSizeOutOfRangeNamingIt() {
        assertProblem(api.get(path + "/history?size=201"), "size");
        assertProblem(api.get(path + "/history?size=0"), "size");
        assertProblem(api.get(path + "/history?page=-1"), "page");
        assertProblem(api.get(path + "/history?page=100001"), "page");
        HttpResponse<String> both = api.get(path + "/history?page=-1&size=500");
        assertThat(json(both).get("errors").valueStream().map(e -> e.get("field").asString()).toList())
                .containsExactlyInAnyOrder("page", "size");
        assertThat(api.get(path + "/history?size=200").statusCode()).isEqualTo(200);
        assertThat(api.get("/api/v1/meeting-series/no-such-series/history").statusCode()).isEqualTo(404);
    }

    private Document stored() {
        return mongo.getCollection("meeting_series").find(eq("_id", seriesId)).first();
    }

    /** The stored document's BSON size, once the relay has taken its events out (they are not history). */
    private long storedSize() {
        await().atMost(Duration.ofSeconds(30)).until(() -> stored().getList("outbox", Document.class, List.of())
                .isEmpty());
        return mongo.getDb().getCollection("meeting_series", RawBsonDocument.class).find(eq("_id", seriesId)).first()
                .getByteBuffer().remaining();
    }

    private static void assertProblem(HttpResponse<String> response, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(response).get("errors").valueStream().map(e -> e.get("field").asString()).toList())
                .as(response.body()).contains(field);
    }
}
