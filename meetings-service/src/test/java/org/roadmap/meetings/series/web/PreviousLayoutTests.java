package org.roadmap.meetings.series.web;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.roadmap.platform.test.ApiClient.json;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.roadmap.events.EventJson;
import org.roadmap.meetings.support.ServiceTest;
import org.roadmap.platform.test.ApiClient;
import org.roadmap.platform.test.EarlierVersionData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * A series stored by the version that kept its whole history in the series document
 * (src/test/resources/previous-layout, made through that version's API) is served by this one once it has
 * started: its history moved to its log, its requests still recognised.
 */
// A context of its own, on a database of its own: the move happens while the service starts, over what the
// previous version stored before. No background watch and no commitment events: versions are asserted.
@TestPropertySource(properties = {"spring.mongodb.database=" + PreviousLayoutTests.DATABASE,
        "roadmap.meetings.announcement-watch=false",
        "spring.cloud.stream.bindings.commitmentEvents-in-0.consumer.auto-startup=false"})
class PreviousLayoutTests extends ServiceTest {

    static final String DATABASE = "meetings-previous-layout";
    private static final String ID = "previous-layout-dialogue";
    private static final String PATH = "/api/v1/meeting-series/" + ID;

    @Autowired
    MongoTemplate mongo;

    /** Dynamic properties are resolved before the context is built: the series is there before the service starts. */
    @DynamicPropertySource
    static void storedByThePreviousVersion(DynamicPropertyRegistry registry) {
        EarlierVersionData.store(DATABASE, "meeting_series", Document.parse(resource("meeting-series.json")));
    }

    @Test
    void servesTheWholeHistoryNewestFirstAndRecognisesRetriesOfEarlierRequests() {
        ApiClient api = api();
        List<JsonNode> before = EventJson.tree(resource("history.json")).valueStream().toList();

        List<JsonNode> paged = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            JsonNode answer = json(api.get(PATH + "/history?size=3&page=" + page));
            assertThat(answer.get("page").get("totalElements").asLong()).isEqualTo(8);
            assertThat(answer.get("page").get("totalPages").asLong()).isEqualTo(3);
            answer.get("content").forEach(paged::add);
        }
        List<JsonNode> newestFirst = new ArrayList<>(before);
        Collections.reverse(newestFirst);
        assertThat(paged).containsExactlyElementsOf(newestFirst);

        Document stored = mongo.getCollection("meeting_series").find(eq("_id", ID)).first();
        assertThat(stored.get("history")).isInstanceOf(Document.class);
        assertThat(stored.get("history", Document.class).get("length", Number.class).longValue()).isEqualTo(8);
        assertThat(stored.get("history", Document.class).getList("latest", Document.class))
                .extracting(c -> c.getString("kind")).containsExactly("occurrence-scheduled", "occurrence-rescheduled");
        assertThat(stored.getList("appended", Document.class, List.of())).isEmpty();

        // the creation's request is in the requests log now; the latest write's is in the document too
        HttpResponse<String> created = api.post("/api/v1/meeting-series", resource("create-request.json"),
                "Idempotency-Key", "previous-create-1");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        assertThat(created.headers().firstValue("ETag")).hasValue("\"7\"");
        HttpResponse<String> cancelled = api.post("/api/v1/meetings/" + ID + "-2/cancel", "{\"reason\": \"elections\"}",
                "Idempotency-Key", "previous-cancel-1");
        assertThat(cancelled.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(cancelled.headers().firstValue("ETag")).hasValue("\"7\"");
        HttpResponse<String> scheduled = api.post(PATH + "/occurrences", "{\"start\": \"2027-10-12T10:00\"}",
                "Idempotency-Key", "previous-schedule-2");
        assertThat(scheduled.statusCode()).as(scheduled.body()).isEqualTo(200);
        assertThat(api.post("/api/v1/meetings/" + ID + "-2/cancel", "{\"reason\": \"another\"}",
                "Idempotency-Key", "previous-cancel-1").statusCode()).isEqualTo(422);

        HttpResponse<String> changed = api.patch(PATH, "{\"title\": \"PDM\"}", "If-Match", "\"7\"");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        JsonNode after = json(api.get(PATH + "/history?size=3"));
        assertThat(after.get("page").get("totalElements").asLong()).isEqualTo(9);
        assertThat(after.get("content").get(0).get("kind").asString()).isEqualTo("changed");
        assertThat(after.get("content").get(0).get("version").asLong()).isEqualTo(8);
        assertThat(after.get("content").get(0).get("after").get("title").asString()).isEqualTo("PDM");
        assertThat(after.get("content").get(1)).isEqualTo(before.get(7));
    }

    private static String resource(String name) {
        return EarlierVersionData.resource("/previous-layout/" + name);
    }
}
