package org.roadmap.meetings.series.web;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.roadmap.platform.test.ApiClient.json;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.bson.RawBsonDocument;
import org.junit.jupiter.api.Test;
import org.roadmap.meetings.support.ServiceTest;
import org.roadmap.platform.test.ApiClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import tools.jackson.databind.JsonNode;

/**
 * A working group that meets monthly and records long outcomes and minutes each time: what a meeting records is
 * kept beside its series, so the series' document, rewritten at every write, does not grow with the meetings held.
 */
class HeldMeetingsTests extends ServiceTest {

    private static final int MEETINGS = 12;

    @Autowired
    MongoTemplate mongo;

    @Test
    void aSeriesDocumentStaysTheSameSizeHoweverManyMeetingsItHoldsAndEveryMeetingKeepsWhatItRecorded() {
        ApiClient api = api();
        String id = "working-group-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = api.post("/api/v1/meeting-series", """
                {"id": "%s", "roadMapId": "road-map-%s", "title": "Working group on trade and investment",
                 "organiser": "MOFA and MRE", "commitments": ["II.1"], "duration": "PT2H",
                 "recurrence": {"rule": "FREQ=MONTHLY;BYMONTHDAY=15", "firstStart": "2025-01-15T10:00"},
                 "venue": {"rule": "fixed", "venues": [{"city": "Tokyo", "country": "JP"}]},
                 "timeZone": "Asia/Tokyo"}
                """.formatted(id, id));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        List<Integer> sizes = new ArrayList<>();
        for (int n = 1; n <= MEETINGS; n++) {
            HttpResponse<String> held = api.post("/api/v1/meetings/" + id + "-" + n + "/held", record(n));
            assertThat(held.statusCode()).as(held.body()).isEqualTo(200);
            assertThat(json(held).get("outcomes")).hasSize(20);
            sizes.add(documentSize(id));
        }
        // each holds one meeting's record, the latest (about 150 KB here); before, all of them: 1.8 MB after 12
        assertThat(sizes.get(MEETINGS - 1)).isLessThan(sizes.get(0) + 4_096);
        assertThat(api.post("/api/v1/meetings/" + id + "-13/confirm", "").statusCode()).isEqualTo(200);
        assertThat(documentSize(id)).isLessThan(16_384);

        for (int n = 1; n <= MEETINGS; n++) {
            JsonNode meeting = json(api.get("/api/v1/meetings/" + id + "-" + n));
            assertThat(meeting.get("outcomes").get(19).asString()).isEqualTo(outcome(n, 19));
            assertThat(meeting.get("minutes").asString()).isEqualTo(minutes(n));
        }
        JsonNode year = json(api.get("/api/v1/meeting-series/" + id + "/occurrences?from=2025-01-01&to=2026-01-01"));
        assertThat(year.valueStream().map(m -> m.get("outcomes").get(0).asString()).toList())
                .containsExactlyElementsOf(IntStream.rangeClosed(1, MEETINGS).mapToObj(n -> outcome(n, 0)).toList());
        assertThat(json(api.get("/api/v1/meetings/" + id + "-13")).get("outcomes")).isEmpty();

        // recorded again as it was: nothing changes; with other outcomes: refused
        HttpResponse<String> again = api.post("/api/v1/meetings/" + id + "-3/held", record(3));
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(again.headers().firstValue("ETag")).hasValue("\"" + (MEETINGS + 2) + "\"");
        assertThat(api.post("/api/v1/meetings/" + id + "-3/held", record(4)).statusCode()).isEqualTo(422);
    }

    private int documentSize(String id) {
        RawBsonDocument stored = mongo.getCollection("meeting_series").withDocumentClass(RawBsonDocument.class)
                .find(eq("_id", id)).first();
        return stored.getByteBuffer().remaining();
    }

    private static String record(int n) {
        List<String> outcomes = IntStream.range(0, 20).mapToObj(i -> "\"" + outcome(n, i) + "\"").toList();
        return "{\"outcomes\": [" + String.join(", ", outcomes) + "], \"minutes\": \"" + minutes(n) + "\"}";
    }

    /** 2,000 characters, most of them three bytes in UTF-8. */
    private static String outcome(int meeting, int i) {
        String head = "第" + meeting + "回会合 成果" + i + "：";
        return head + "貿易投資".repeat((2_000 - head.length()) / 4) + "。".repeat((2_000 - head.length()) % 4);
    }

    private static String minutes(int meeting) {
        String head = "Acta de la reunión " + meeting + ". ";
        return head + "議事録".repeat((10_000 - head.length()) / 3) + "。".repeat((10_000 - head.length()) % 3);
    }
}
