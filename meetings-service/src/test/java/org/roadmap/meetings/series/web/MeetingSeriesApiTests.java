package org.roadmap.meetings.series.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.roadmap.platform.test.ApiClient.json;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roadmap.events.EventSchemas;
import org.roadmap.events.EventType;
import org.roadmap.events.TextLimits;
import org.roadmap.events.Topics;
import org.roadmap.meetings.agenda.AgendaCommitments;
import org.roadmap.meetings.support.ServiceTest;
import org.roadmap.meetings.support.CommitmentsOnTheWire;
import org.roadmap.platform.test.ApiClient;
import org.roadmap.platform.test.TestUser;
import org.roadmap.platform.test.TopicReader;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

class MeetingSeriesApiTests extends ServiceTest {

    @Autowired
    AgendaCommitments agendaCommitments;

    private ApiClient api;
    private String seriesId;
    private String roadMapId;

    @BeforeEach
    void client() {
        api = api();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        seriesId = "dialogue-" + suffix;
        roadMapId = "road-map-" + suffix;
    }

    @Test
    void showsEachMeetingAtTheVenueInTokyoInLimaAndInAnyAskedZone() {
        HttpResponse<String> created = api.post("/api/v1/meeting-series", dialogue());

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/meeting-series/" + seriesId);
        assertThat(created.headers().firstValue("ETag")).hasValue("\"1\"");
        assertThat(json(created).get("cadence").get("kind").asString()).isEqualTo("biennial");

        JsonNode meetings = json(api.get("/api/v1/meeting-series/" + seriesId
                + "/occurrences?from=2025-01-01&to=2030-01-01&tz=Europe/Madrid"));

        assertThat(meetings).hasSize(3);
        JsonNode lima = meetings.get(1);
        assertThat(lima.get("venue").get("city").asString()).isEqualTo("Lima");
        assertThat(lima.get("start").asString()).isEqualTo("2027-09-16T15:00:00Z");
        assertThat(lima.get("local").get("venue").get("start").asString()).isEqualTo("2027-09-16T10:00:00-05:00");
        assertThat(lima.get("local").get("tokyo").get("start").asString()).isEqualTo("2027-09-17T00:00:00+09:00");
        assertThat(lima.get("local").get("tokyo").get("dayOffset").asInt()).isEqualTo(1);
        assertThat(lima.get("local").get("requested").get("zone").asString()).isEqualTo("Europe/Madrid");
        assertThat(meetings.get(0).get("venue").get("city").asString()).isEqualTo("Tokyo");
        assertThat(meetings.get(0).get("commitments")).isNull();
        assertThat(meetings.get(0).get("agenda").get(0).get("known").asBoolean()).isFalse();
    }

    @Test
    void answersEveryBadInputWithAProblemNamingTheField() {
        assertProblem(api.post("/api/v1/meeting-series", dialogue().replace("FREQ=YEARLY;INTERVAL=2", "FREQ=SOMETIMES")),
                400, "recurrence.rule");
        assertProblem(api.post("/api/v1/meeting-series", dialogue().replace("FREQ=YEARLY;INTERVAL=2", "FREQ=HOURLY")),
                400, "recurrence.rule");
        assertProblem(api.post("/api/v1/meeting-series", dialogue().replace("\"Asia/Tokyo\"", "\"Asia/Atlantis\"")),
                400, "timeZone");
        assertProblem(api.post("/api/v1/meeting-series", dialogue().replace("\"PE\"", "\"FR\"")),
                400, "venue.venues[1].country");
        assertProblem(api.post("/api/v1/meeting-series", dialogue().replace("PT4H", "four hours")), 400, "duration");
        assertProblem(api.post("/api/v1/meeting-series", dialogue().replace("2025-09-16T10:00", "16/09/2025")), 400,
                "recurrence.firstStart");
        assertProblem(api.post("/api/v1/meeting-series", dialogue().replace("\"I.5\"", "\"five\"")), 400,
                "commitments[1]");
        HttpResponse<String> both = api.post("/api/v1/meeting-series", dialogue().replace("PT4H", "four hours")
                .replace("2025-09-16T10:00", "16/09/2025"));
        assertThat(json(both).get("errors").valueStream().map(e -> e.get("field").asString()).toList())
                .containsExactlyInAnyOrder("duration", "recurrence.firstStart");
        assertProblem(api.post("/api/v1/meeting-series", "{\"title\": "), 400, null);
        assertThat(api.post("/api/v1/meeting-series", dialogue()).statusCode()).isEqualTo(201);
        assertProblem(api.get("/api/v1/meeting-series/" + seriesId + "/occurrences?tz=Mars/Olympus"), 400, "tz");
        assertProblem(api.get("/api/v1/meeting-series/" + seriesId + "/occurrences?from=yesterday"), 400, "from");
        HttpResponse<String> everything = api.get("/api/v1/meeting-series/" + seriesId
                + "/occurrences?from=yesterday&to=tomorrow&tz=Mars/Olympus");
        assertThat(json(everything).get("errors").valueStream().map(e -> e.get("field").asString()).toList())
                .containsExactlyInAnyOrder("from", "to", "tz");
        assertProblem(api.post("/api/v1/meeting-series/" + seriesId + "/occurrences",
                "{\"start\": \"2026-05-10T10:00\", \"end\": \"2026-05-10T09:00\"}"), 400, "end");
        assertProblem(api.post("/api/v1/meeting-series/" + seriesId + "/occurrences",
                "{\"start\": \"2026-05-10T10:00\", \"venue\": {\"city\": \"Paris\", \"country\": \"FR\"}}"), 400,
                "venue.country");
        assertProblem(api.post("/api/v1/meetings/" + seriesId + "-2/move", "{\"start\": \"2027-10-12T10:00\", \"scope\": \"all\"}"),
                400, "scope");
        assertProblem(api.get("/api/v1/meetings/" + seriesId + "-d20991231"), 404, null);
        assertProblem(api.post("/api/v1/meetings/" + seriesId + "-1/held", "{\"outcomes\": []}", "Idempotency-Key", " "),
                400, "Idempotency-Key");
    }

    @Test
    void movesThisAndLaterMeetingsToTheDateAskedForOrSaysWhyNot() {
        assertThat(api.post("/api/v1/meeting-series", inTokyo(seriesId, "FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=15",
                "2027-10-15T14:00")).statusCode()).isEqualTo(201);

        HttpResponse<String> moved = api.post("/api/v1/meetings/" + seriesId + "-4/move",
                "{\"start\": \"2030-09-20T14:00\", \"scope\": \"this-and-later\"}");

        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        assertThat(json(moved).get("start").asString()).isEqualTo("2030-09-20T05:00:00Z");
        JsonNode series = json(api.get("/api/v1/meeting-series/" + seriesId));
        assertThat(series.get("recurrence").get("rule").asString()).isEqualTo("FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=20");
        JsonNode later = json(api.get("/api/v1/meeting-series/" + seriesId + "/occurrences?from=2031-01-01&to=2032-01-01"));
        assertThat(later.get(0).get("start").asString()).isEqualTo("2031-09-20T05:00:00Z");

        String twiceAYear = "twice-" + seriesId;
        assertThat(api.post("/api/v1/meeting-series", inTokyo(twiceAYear, "FREQ=YEARLY;BYMONTH=3,9;BYMONTHDAY=15",
                "2027-03-15T14:00")).statusCode()).isEqualTo(201);
        assertProblem(api.post("/api/v1/meetings/" + twiceAYear + "-2/move",
                "{\"start\": \"2027-10-01T14:00\", \"scope\": \"this-and-later\"}"), 400, "start");
        assertThat(json(api.get("/api/v1/meetings/" + twiceAYear + "-2")).get("start").asString())
                .isEqualTo("2027-09-15T05:00:00Z");
    }

    @Test
    void refusesAChangeWithoutOrWithAStaleETag() {
        api.post("/api/v1/meeting-series", dialogue());
        String path = "/api/v1/meeting-series/" + seriesId;

        assertProblem(api.patch(path, "{\"title\": \"PDM\"}"), 428, null);
        HttpResponse<String> changed = api.patch(path, "{\"title\": \"PDM\"}", "If-Match", "\"1\"");
        HttpResponse<String> stale = api.patch(path, "{\"title\": \"PDM again\"}", "If-Match", "\"1\"");

        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.headers().firstValue("ETag")).hasValue("\"2\"");
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(stale.headers().firstValue("ETag")).hasValue("\"2\"");
        assertProblem(api.patch(path, "{\"colour\": \"red\"}", "If-Match", "\"2\""), 400, "colour");
        assertThat(json(api.get(path + "/history")).get("content").valueStream().map(c -> c.get("kind").asString())
                .filter(kind -> !kind.equals("occurrence-announced"))).containsExactly("changed", "created");
    }

    @Test
    void removesTheDescriptionOnANullInAMergePatch() {
        api.post("/api/v1/meeting-series", dialogue());
        String path = "/api/v1/meeting-series/" + seriesId;
        assertThat(api.patch(path, "{\"description\": \"Biennial, alternating\"}", "If-Match", "\"1\"")
                .statusCode()).isEqualTo(200);

        HttpResponse<String> removed = api.patch(path, "{\"description\": null}", "If-Match", "\"2\"");

        assertThat(removed.statusCode()).isEqualTo(200);
        assertThat(removed.headers().firstValue("ETag")).hasValue("\"3\"");
        assertThat(json(api.get(path)).get("description").isNull()).isTrue();
        JsonNode last = json(api.get(path + "/history")).get("content").valueStream().filter(c -> c.get("kind")
                .asString().equals("changed")).findFirst().orElseThrow();
        assertThat(last.get("before").get("description").asString()).isEqualTo("Biennial, alternating");
        assertThat(last.get("after").get("description").isNull()).isTrue();
    }

    @Test
    void makesARetriedRequestOneWrite() {
        HttpResponse<String> first = api.post("/api/v1/meeting-series", dialogue(), "Idempotency-Key", "k-" + seriesId);
        HttpResponse<String> retry = api.post("/api/v1/meeting-series", dialogue(), "Idempotency-Key", "k-" + seriesId);
        HttpResponse<String> other = api.post("/api/v1/meeting-series", dialogue().replace("PT4H", "PT5H"),
                "Idempotency-Key", "k-" + seriesId);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(api.post("/api/v1/meeting-series", dialogue()).statusCode()).isEqualTo(409);

        String cancel = "/api/v1/meetings/" + seriesId + "-3/cancel";
        assertThat(api.post(cancel, "{\"reason\": \"elections\"}", "Idempotency-Key", "c-1").headers()
                .firstValue("ETag")).hasValue("\"2\"");
        HttpResponse<String> again = api.post(cancel, "{\"reason\": \"elections\"}", "Idempotency-Key", "c-1");
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(again.headers().firstValue("ETag")).hasValue("\"2\"");
    }

    @Test
    void publishesEachChangeThroughTheOutboxKeyedBySeriesAndValidAgainstItsSchema() {
        String dialogueId = CommitmentsOnTheWire.register(roadMapId, "I.2", "Political Dialogue Mechanism");
        String groupId = CommitmentsOnTheWire.register(roadMapId, "I.5", "Working group");
        await().atMost(Duration.ofSeconds(30)).until(() -> agendaCommitments.find(groupId).isPresent()
                && agendaCommitments.find(dialogueId).isPresent());
        api.post("/api/v1/meeting-series", dialogue());
        String meetings = "/api/v1/meetings/" + seriesId;

        assertThat(api.post(meetings + "-1/confirm", "").statusCode()).isEqualTo(200);
        assertThat(api.post(meetings + "-2/move", "{\"start\": \"2027-10-12T10:00\"}").statusCode()).isEqualTo(200);
        assertThat(api.post(meetings + "-3/cancel", "{\"reason\": \"merged\"}").statusCode()).isEqualTo(200);
        HttpResponse<String> held = api.post(meetings + "-1/held",
                "{\"outcomes\": [\"Working group report reviewed\"], \"agenda\": [\"I.2\", \"I.5\", \"II.99\"]}");
        assertThat(held.statusCode()).isEqualTo(200);
        assertThat(json(held).get("agenda").get(2).get("known").asBoolean()).isFalse();
        assertThat(api.patch("/api/v1/meeting-series/" + seriesId, "{\"duration\": \"PT6H\"}", "If-Match", "\"5\"")
                .statusCode()).isEqualTo(200);

        try (TopicReader topic = new TopicReader(Topics.MEETINGS)) {
            List<ConsumerRecord<String, byte[]>> all = topic.readUntil(r -> seriesId.equals(r.key())
                    && EventType.MEETING_SERIES_CHANGED.type().equals(TopicReader.header(r, "ce_type")),
                    Duration.ofSeconds(30)).stream().filter(r -> seriesId.equals(r.key())).toList();
            // which meetings the rule has announced ahead depends on today's date; aChangedRuleTells... covers them
            List<ConsumerRecord<String, byte[]>> records = all.stream().filter(r -> !announced(r)).toList();
            assertThat(records).extracting(r -> TopicReader.header(r, "ce_type")).containsExactly(
                    EventType.MEETING_SERIES_CREATED.type(), EventType.MEETING_SCHEDULED.type(),
                    EventType.MEETING_RESCHEDULED.type(), EventType.MEETING_CANCELLED.type(),
                    EventType.MEETING_HELD.type(), EventType.MEETING_SERIES_CHANGED.type());
            for (ConsumerRecord<String, byte[]> record : records) {
                EventType type = EventType.ofType(TopicReader.header(record, "ce_type")).orElseThrow();
                assertThat(EventSchemas.violations(type, new String(record.value()))).as(type.type()).isEmpty();
                assertThat(TopicReader.header(record, "ce_subject")).isEqualTo(seriesId);
            }
            JsonNode heldEvent = ApiClient.json(records.get(4));
            assertThat(heldEvent.get("agendaCommitmentIds").valueStream().map(JsonNode::asString).toList())
                    .containsExactly(dialogueId, groupId);
            assertThat(ApiClient.json(records.get(0)).get("commitmentIds")).hasSize(2);
        }
    }

    @Test
    void namesWhoRecordedAHeldMeetingInNoMoreCharactersThanItsConsumersTake() {
        // a sign-in whose display name is longer than any text an event carries of who changed something
        TestUser secretariat = new TestUser("wg-secretariat", "Secretariat of the working group, ".repeat(12).strip(),
                TestUser.WG_ADMIN.organisation(), null, List.of("admin"), "en", "UTC");
        assertThat(api.post("/api/v1/meeting-series", dialogue()).statusCode()).isEqualTo(201);
        String meeting = "/api/v1/meetings/" + seriesId + "-1";
        assertThat(api.post(meeting + "/confirm", "").statusCode()).isEqualTo(200);

        assertThat(api.as(secretariat).post(meeting + "/held", "{\"outcomes\": [\"Reviewed\"]}").statusCode())
                .isEqualTo(200);

        try (TopicReader topic = new TopicReader(Topics.MEETINGS)) {
            ConsumerRecord<String, byte[]> held = topic.readUntil(r -> seriesId.equals(r.key())
                    && EventType.MEETING_HELD.type().equals(TopicReader.header(r, "ce_type")), Duration.ofSeconds(30))
                    .stream().filter(r -> seriesId.equals(r.key())
                            && EventType.MEETING_HELD.type().equals(TopicReader.header(r, "ce_type")))
                    .findFirst().orElseThrow();
            assertThat(ApiClient.json(held).get("recordedBy").asString()).hasSizeLessThanOrEqualTo(TextLimits.ACTOR)
                    .startsWith("Secretariat of the working group, Secretariat").endsWith("…");
        }
    }

    @Test
    void announcesTheMeetingsARuleSchedulesSoRemindersFollowThemAndWithdrawsThemWhenTheRuleStops() {
        LocalDate firstDay = LocalDate.now(ZoneOffset.UTC).plusDays(30);
        String monthly = dialogue().replace("FREQ=YEARLY;INTERVAL=2", "FREQ=MONTHLY;COUNT=3")
                .replace("2025-09-16T10:00", firstDay + "T10:00");
        assertThat(api.post("/api/v1/meeting-series", monthly).statusCode()).isEqualTo(201);
        String meetings = "/api/v1/meetings/" + seriesId;
        assertThat(api.post(meetings + "-1/confirm", "").statusCode()).isEqualTo(200);
        assertThat(api.patch("/api/v1/meeting-series/" + seriesId, "{\"recurrence\": null}", "If-Match", "\"2\"")
                .statusCode()).isEqualTo(200);

        try (TopicReader topic = new TopicReader(Topics.MEETINGS)) {
            List<ConsumerRecord<String, byte[]>> records = topic.readUntil(r -> seriesId.equals(r.key())
                    && EventType.MEETING_SERIES_CHANGED.type().equals(TopicReader.header(r, "ce_type")),
                    Duration.ofSeconds(30)).stream().filter(r -> seriesId.equals(r.key())).toList();
            List<String> told = records.stream().map(r -> TopicReader.header(r, "ce_type") + " "
                    + ApiClient.json(r).path("occurrenceId").asString("") + " "
                    + ApiClient.json(r).path("status").asString("")).toList();
            assertThat(told).containsExactly(
                    EventType.MEETING_SERIES_CREATED.type() + "  ",
                    EventType.MEETING_SCHEDULED.type() + " " + seriesId + "-1 planned",
                    EventType.MEETING_SCHEDULED.type() + " " + seriesId + "-2 planned",
                    EventType.MEETING_SCHEDULED.type() + " " + seriesId + "-3 planned",
                    EventType.MEETING_SCHEDULED.type() + " " + seriesId + "-1 confirmed",
                    EventType.MEETING_SERIES_CHANGED.type() + "  ",
                    EventType.MEETING_CANCELLED.type() + " " + seriesId + "-2 ",
                    EventType.MEETING_CANCELLED.type() + " " + seriesId + "-3 ");
            for (ConsumerRecord<String, byte[]> record : records) {
                EventType type = EventType.ofType(TopicReader.header(record, "ce_type")).orElseThrow();
                assertThat(EventSchemas.violations(type, new String(record.value()))).as(type.type()).isEmpty();
            }
        }
        assertThat(json(api.get("/api/v1/meeting-series/" + seriesId + "/history")).get("content").valueStream()
                .map(c -> c.get("kind").asString()).toList()).contains("occurrence-announced", "occurrence-withdrawn");
    }

    @Test
    void flagsANamedVenueThatAnEarlierMeetingPutOutOfTurnInTheAnswerAndOnTheCadence() {
        assertThat(api.post("/api/v1/meeting-series", """
                {"id": "%s", "roadMapId": "%s", "title": "Japan-Peru Political Dialogue Mechanism",
                 "commitments": ["I.2"], "duration": "PT4H", "timeZone": "Asia/Tokyo",
                 "cadence": {"kind": "biennial", "firstPeriod": "2025-01-01"},
                 "venue": {"rule": "alternating", "venues": [{"city": "Tokyo", "country": "JP"},
                                                             {"city": "Lima", "country": "PE"}]}}
                """.formatted(seriesId, roadMapId)).statusCode()).isEqualTo(201);
        String occurrences = "/api/v1/meeting-series/" + seriesId + "/occurrences";
        assertThat(api.post(occurrences, "{\"start\": \"2028-10-10T10:00\"}").statusCode()).isEqualTo(201);
        HttpResponse<String> byTurn = api.post(occurrences, "{\"start\": \"2028-03-07T10:00\"}");
        // the answer is about the meeting scheduled, though the write gave the later one Lima's turn
        assertThat(json(byTurn).get("id").asString()).isEqualTo(seriesId + "-d20280307");
        assertThat(json(byTurn).get("venue").get("city").asString()).isEqualTo("Tokyo");
        assertThat(json(api.get("/api/v1/meetings/" + seriesId + "-d20281010")).get("venue").get("city").asString())
                .isEqualTo("Lima");
        assertThat(api.post(occurrences, "{\"start\": \"2027-10-12T10:00\", \"venue\": {\"city\": \"Tokyo\","
                + " \"country\": \"JP\"}}").statusCode()).isEqualTo(201);

        HttpResponse<String> earlier = api.post(occurrences, "{\"start\": \"2026-03-10T10:00\"}");

        assertThat(earlier.statusCode()).isEqualTo(201);
        String later = seriesId + "-d20271012";
        assertThat(json(earlier).get("venue").get("city").asString()).isEqualTo("Tokyo");
        assertThat(json(earlier).get("seriesOutOfTurn").valueStream().map(JsonNode::asString).toList())
                .containsExactly(later);
        JsonNode flagged = json(api.get("/api/v1/meetings/" + later)).get("outOfTurn");
        assertThat(flagged.get("previousMeeting").asString()).isEqualTo(seriesId + "-d20260310");
        assertThat(flagged.get("message").asString()).contains("also hosted in Tokyo");
        JsonNode period = json(api.get("/api/v1/meeting-series/" + seriesId + "/cadence")).get(1);
        assertThat(period.get("label").asString()).isEqualTo("2027-2028");
        assertThat(period.get("outOfTurn").valueStream().map(JsonNode::asString).toList()).containsExactly(later);
    }

    private static boolean announced(ConsumerRecord<String, byte[]> record) {
        return EventType.MEETING_SCHEDULED.type().equals(TopicReader.header(record, "ce_type"))
                && "planned".equals(ApiClient.json(record).path("status").asString(""));
    }

    private String dialogue() {
        return """
                {"id": "%s", "roadMapId": "%s", "title": "Japan-Peru Political Dialogue Mechanism",
                 "organiser": "Ministries of Foreign Affairs", "commitments": ["I.2", "I.5"],
                 "duration": "PT4H",
                 "recurrence": {"rule": "FREQ=YEARLY;INTERVAL=2", "firstStart": "2025-09-16T10:00"},
                 "venue": {"rule": "alternating", "venues": [{"city": "Tokyo", "country": "JP"},
                                                             {"city": "Lima", "country": "PE"}]},
                 "timeZone": "Asia/Tokyo"}
                """.formatted(seriesId, roadMapId);
    }

    private String inTokyo(String id, String rule, String firstStart) {
        return """
                {"id": "%s", "roadMapId": "%s", "title": "Annual meeting on investment in mining and energy",
                 "organiser": "Embassy of Peru in Japan", "commitments": ["II.7"], "duration": "PT3H",
                 "recurrence": {"rule": "%s", "firstStart": "%s"},
                 "venue": {"rule": "fixed", "venues": [{"city": "Tokyo", "country": "JP"}]},
                 "timeZone": "Asia/Tokyo"}
                """.formatted(id, roadMapId, rule, firstStart);
    }

    private static void assertProblem(HttpResponse<String> response, int status, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
        if (field != null) {
            assertThat(json(response).get("errors").valueStream().map(e -> e.get("field").asString()).toList())
                    .as(response.body()).contains(field);
        }
    }
}
