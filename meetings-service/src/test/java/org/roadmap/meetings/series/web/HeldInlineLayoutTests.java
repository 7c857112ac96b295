package org.roadmap.meetings.series.web;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.roadmap.platform.test.ApiClient.json;

import java.net.http.HttpResponse;
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

/**
 * A series stored by the version that kept each held meeting's outcomes and minutes in the series document
 * (src/test/resources/held-inline, made through that version's API) is served by this one once it has started:
 * what its meetings recorded moved to their log, each meeting answered as before, its requests still recognised.
 */
// A context of its own, on a database of its own: the move happens while the service starts, over what the
// previous version stored before.
@TestPropertySource(properties = {"spring.mongodb.database=" + HeldInlineLayoutTests.DATABASE,
        "roadmap.meetings.announcement-watch=false",
        "spring.cloud.stream.bindings.commitmentEvents-in-0.consumer.auto-startup=false"})
class HeldInlineLayoutTests extends ServiceTest {

    static final String DATABASE = "meetings-held-inline-layout";
    private static final String ID = "held-inline-group";

    @Autowired
    MongoTemplate mongo;

    @DynamicPropertySource
    static void storedByThePreviousVersion(DynamicPropertyRegistry registry) {
        EarlierVersionData.store(DATABASE, "meeting_series", Document.parse(resource("meeting-series.json")));
        Document logs = Document.parse("{\"logs\": " + resource("logs.json") + "}");
        for (Document log : logs.getList("logs", Document.class)) {
            EarlierVersionData.store(DATABASE, log.getString("collection"), log.get("document", Document.class));
        }
    }

    @Test
    void answersEachMeetingAsBeforeWithWhatItRecordedMovedOutOfTheSeries() {
        ApiClient api = api();

        assertThat(json(api.get("/api/v1/meetings/" + ID + "-1")))
                .isEqualTo(EventJson.tree(resource("meeting-1.json")));
        assertThat(json(api.get("/api/v1/meetings/" + ID + "-2")))
                .isEqualTo(EventJson.tree(resource("meeting-2.json")));

        Document stored = mongo.getCollection("meeting_series").find(eq("_id", ID)).first();
        List<Document> occurrences = stored.getList("occurrences", Document.class);
        assertThat(occurrences).extracting(o -> o.getString("status")).containsExactly("HELD", "HELD", "CANCELLED");
        assertThat(occurrences).allSatisfy(o -> assertThat(o).doesNotContainKeys("outcomes", "minutes"));
        assertThat(stored.get("version", Number.class).longValue()).isEqualTo(4);
        assertThat(mongo.getCollection("meeting_series_outcomes").countDocuments(eq("aggregate", ID))).isEqualTo(2);

        // the first hold's request is recognised, and answered as it was
        HttpResponse<String> retried = api.post("/api/v1/meetings/" + ID + "-1/held", resource("held-1-request.json"),
                "Idempotency-Key", "held-inline-1");
        assertThat(retried.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(json(retried)).isEqualTo(EventJson.tree(resource("held-1-answer.json")));

        // a later write leaves them where they are
        HttpResponse<String> confirmed = api.post("/api/v1/meetings/" + ID + "-4/confirm", "");
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        assertThat(json(api.get("/api/v1/meetings/" + ID + "-1")).get("minutes").asString())
                .startsWith("第1回会合。");
    }

    private static String resource(String name) {
        return EarlierVersionData.resource("/held-inline/" + name);
    }
}
