package org.roadmap.meetings.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.roadmap.platform.test.ApiClient.json;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roadmap.events.EventJson;
import org.roadmap.meetings.agenda.AgendaCommitments;
import org.roadmap.meetings.support.ServiceTest;
import org.roadmap.platform.test.ApiClient;
import org.roadmap.meetings.support.CommitmentsOnTheWire;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

class CalendarFeedTests extends ServiceTest {

    @Autowired
    AgendaCommitments agendaCommitments;

    private ApiClient api;
    private String seriesId;
    private String roadMapId;

    @BeforeEach
    void aDialogueWithOneMeetingMovedToLimaTimeAndOneCancelled() {
        api = api();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        seriesId = "pdm-" + suffix;
        roadMapId = "rm-" + suffix;
        assertThat(api.post("/api/v1/meeting-series", """
                {"id": "%s", "roadMapId": "%s", "title": "Political Dialogue Mechanism", "commitments": ["I.2"],
                 "duration": "PT4H", "timeZone": "Asia/Tokyo",
                 "recurrence": {"rule": "FREQ=YEARLY;INTERVAL=2;COUNT=5", "firstStart": "2025-09-16T10:00"},
                 "venue": {"rule": "alternating", "venues": [{"city": "Tokyo", "country": "JP"},
                                                             {"city": "Lima", "country": "PE"}]}}
                """.formatted(seriesId, roadMapId)).statusCode()).isEqualTo(201);
        assertThat(api.post("/api/v1/meetings/" + seriesId + "-2/move", "{\"start\": \"2027-10-12T10:00\"}")
                .statusCode()).isEqualTo(200);
        assertThat(api.post("/api/v1/meetings/" + seriesId + "-3/cancel", "{}").statusCode()).isEqualTo(200);
    }

    @Test
    void servesAFeedThatIcal4jReadsBackWithRuleExceptionsAndOverrides() throws Exception {
        HttpResponse<String> feed = api.get("/api/v1/calendar/series/" + seriesId + ".ics");

        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed.body()));
        List<VEvent> events = calendar.getComponents("VEVENT");
        String uid = seriesId + "-r1@meetings.roadmap.local";
        VEvent master = events.stream().filter(e -> e.getProperty("RECURRENCE-ID").isEmpty()).findFirst().orElseThrow();
        assertThat(master.getProperty("UID").orElseThrow().getValue()).isEqualTo(uid);
        assertThat(master.getProperty("RRULE").orElseThrow().getValue().split(";"))
                .containsExactlyInAnyOrder("FREQ=YEARLY", "INTERVAL=2", "COUNT=5");
        assertThat(master.getProperty("EXDATE").orElseThrow().getValue()).isEqualTo("20290916T100000");
        // the cancellation changed the recurring event: calendar clients take an EXDATE only with a higher SEQUENCE
        assertThat(master.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("1");
        assertThat(master.getProperty("EXDATE").orElseThrow().getParameter("TZID").orElseThrow().getValue())
                .isEqualTo("Asia/Tokyo");
        VEvent moved = override(events, "20270916T100000").orElseThrow();
        assertThat(moved.getProperty("DTSTART").orElseThrow().getValue()).isEqualTo("20271012T100000");
        assertThat(moved.getProperty("DTSTART").orElseThrow().getParameter("TZID").orElseThrow().getValue())
                .isEqualTo("America/Lima");
        assertThat(moved.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("1");
        assertThat(moved.getProperty("LOCATION").orElseThrow().getValue()).isEqualTo("Lima, Peru");
        assertThat(override(events, "20310916T100000")).isPresent();
        assertThat(events).allMatch(e -> e.getProperty("UID").orElseThrow().getValue().equals(uid));
        assertThat(calendar.getProperty("REFRESH-INTERVAL").orElseThrow().getValue()).isEqualTo("PT12H");
        assertThat(calendar.getComponents("VTIMEZONE")).hasSize(2);
    }

    @Test
    void servesAFeedThatAnIndependentParserReadsTheSameWay() throws Exception {
        Optional<String> python = IndependentParser.python();
        Assumptions.assumeTrue(python.isPresent(), "Python's icalendar package is not installed (Debian: "
                + "apt-get install python3-icalendar), so the feed is not checked by an independent parser here");
        String feed = api.get("/api/v1/calendar/series/" + seriesId + ".ics").body();

        JsonNode read = EventJson.tree(IndependentParser.read(python.get(), feed));

        assertThat(read.get("version").asString()).isEqualTo("2.0");
        assertThat(read.get("refreshInterval").asString()).isEqualTo("PT12H");
        assertThat(read.get("timezones").valueStream().map(JsonNode::asString).toList())
                .containsExactlyInAnyOrder("Asia/Tokyo", "America/Lima");
        List<JsonNode> events = read.get("events").valueStream().toList();
        JsonNode master = events.stream().filter(e -> e.get("recurrenceId").isNull()).findFirst().orElseThrow();
        assertThat(master.get("start").asString()).isEqualTo("2025-09-16T10:00:00+09:00");
        assertThat(master.get("rrule").asString().split(";")).containsExactlyInAnyOrder("FREQ=YEARLY", "INTERVAL=2", "COUNT=5");
        assertThat(master.get("exdates").get(0).asString()).isEqualTo("2029-09-16T10:00:00+09:00");
        JsonNode moved = events.stream().filter(e -> "2027-09-16T10:00:00+09:00".equals(e.get("recurrenceId").asString()))
                .findFirst().orElseThrow();
        assertThat(moved.get("start").asString()).isEqualTo("2027-10-12T10:00:00-05:00");
        assertThat(moved.get("tzid").asString()).isEqualTo("America/Lima");
        assertThat(moved.get("sequence").asInt()).isEqualTo(1);
        assertThat(moved.get("location").asString()).isEqualTo("Lima, Peru");
    }

    @Test
    void startsTheRecurringEventOfAMoveOfThisAndLaterOnItsRewrittenRule() throws Exception {
        String mining = "mining-" + seriesId;
        createInTokyo(mining, "Mining and energy investment meeting", "II.7", "PT3H",
                "FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=15", "2027-10-15T14:00");
        assertThat(api.post("/api/v1/meetings/" + mining + "-4/move",
                "{\"start\": \"2030-09-20T14:00\", \"scope\": \"this-and-later\"}").statusCode()).isEqualTo(200);

        Calendar calendar = new CalendarBuilder().build(new StringReader(
                api.get("/api/v1/calendar/series/" + mining + ".ics").body()));

        List<VEvent> events = calendar.getComponents("VEVENT");
        VEvent later = events.stream().filter(e -> e.getProperty("UID").orElseThrow().getValue()
                .equals(mining + "-r2@meetings.roadmap.local")).findFirst().orElseThrow();
        assertThat(later.getProperty("DTSTART").orElseThrow().getValue()).isEqualTo("20300920T140000");
        String rule = later.getProperty("RRULE").orElseThrow().getValue();
        // the series ends with its road map: the last meeting is on 2033-09-20
        assertThat(rule.split(";")).containsExactlyInAnyOrder("FREQ=YEARLY", "BYMONTH=9", "BYMONTHDAY=20",
                "UNTIL=20330920T050000Z");
        LocalDateTime start = LocalDateTime.parse("2030-09-20T14:00");
        assertThat(new Recur<LocalDateTime>(rule).getDates(start, start, start.plusYears(2).minusDays(1), 10))
                .containsExactly(start, start.plusYears(1));
        VEvent earlier = events.stream().filter(e -> e.getProperty("UID").orElseThrow().getValue()
                .equals(mining + "-r1@meetings.roadmap.local")).findFirst().orElseThrow();
        assertThat(earlier.getProperty("RRULE").orElseThrow().getValue()).contains("UNTIL=20291015T050000Z");
    }

    @Test
    void endsARuleWithoutEndWithTheRoadMapAndWritesEveryMeetingAtItsVenue() throws Exception {
        String open = "open-" + seriesId;
        assertThat(api.post("/api/v1/meeting-series", """
                {"id": "%s", "roadMapId": "%s", "title": "Political Dialogue Mechanism", "commitments": ["I.2"],
                 "duration": "PT4H", "timeZone": "Asia/Tokyo",
                 "recurrence": {"rule": "FREQ=YEARLY;INTERVAL=2", "firstStart": "2025-09-16T10:00"},
                 "venue": {"rule": "alternating", "venues": [{"city": "Tokyo", "country": "JP"},
                                                             {"city": "Lima", "country": "PE"}]}}
                """.formatted(open, roadMapId)).statusCode()).isEqualTo(201);

        Calendar calendar = new CalendarBuilder().build(new StringReader(
                api.get("/api/v1/calendar/series/" + open + ".ics").body()));

        List<VEvent> events = calendar.getComponents("VEVENT");
        VEvent master = events.stream().filter(e -> e.getProperty("RECURRENCE-ID").isEmpty()).findFirst().orElseThrow();
        assertThat(master.getProperty("RRULE").orElseThrow().getValue()).contains("UNTIL=20330916T010000Z");
        for (String lima : List.of("20270916T100000", "20310916T100000")) {
            VEvent meeting = override(events, lima).orElseThrow();
            assertThat(meeting.getProperty("LOCATION").orElseThrow().getValue()).isEqualTo("Lima, Peru");
            assertThat(meeting.getProperty("DTSTART").orElseThrow().getParameter("TZID").orElseThrow().getValue())
                    .isEqualTo("America/Lima");
        }
        assertThat(json(api.get("/api/v1/meeting-series/" + open + "/occurrences?from=2034-01-01&to=2040-01-01")))
                .isEmpty();
    }

    @Test
    void answersAnUnchangedFeedWithNotModifiedAndAChangedOneAnew() {
        String path = "/api/v1/calendar/series/" + seriesId + ".ics";
        HttpResponse<String> first = api.get(path);
        String etag = first.headers().firstValue("ETag").orElseThrow();

        assertThat(api.get(path, "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(api.post("/api/v1/meetings/" + seriesId + "-4/cancel", "{}").statusCode()).isEqualTo(200);
        HttpResponse<String> changed = api.get(path, "If-None-Match", etag);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.headers().firstValue("ETag")).isNotEqualTo(java.util.Optional.of(etag));
        assertThat(changed.body()).isNotEqualTo(first.body());
    }

    @Test
    void servesFeedsPerCommitmentAndForEverything() {
        String commitmentId = CommitmentsOnTheWire.register(roadMapId, "I.2", "Political Dialogue Mechanism");
        await().atMost(Duration.ofSeconds(30)).until(() -> agendaCommitments.find(commitmentId).isPresent());

        String perCommitment = api.get("/api/v1/calendar/commitments/" + commitmentId + ".ics").body();
        String everything = api.get("/api/v1/calendar/all.ics").body();

        assertThat(perCommitment).contains("UID:" + seriesId + "-r1@").contains("NAME:I.2 Political Dialogue Mechanism");
        assertThat(everything).contains("UID:" + seriesId + "-r1@");
        assertThat(api.get("/api/v1/calendar/series/nope.ics").statusCode()).isEqualTo(404);
    }

    /**
     * A confirmed meeting whose stretch of the recurrence a later change of timing dropped (it had no meeting before
     * that change) is still the new stretch's meeting of the same number: the feed writes it once, as that stretch's
     * override, not also as an event of its own.
     */
    @Test
    void writesAConfirmedMeetingOnceAfterTheStretchItWasPlannedInIsGone() {
        String weekly = "weekly-" + UUID.randomUUID().toString().substring(0, 8);
        String path = "/api/v1/meeting-series/" + weekly;
        createInTokyo(weekly, "Weekly coordination", "I.2", "PT1H", "FREQ=WEEKLY", "2031-03-03T10:00");
        assertThat(api.patch(path, "{\"duration\": \"PT2H\"}", "If-Match", "\"1\"").statusCode()).isEqualTo(200);
        assertThat(api.post("/api/v1/meetings/" + weekly + "-1/confirm", "").statusCode()).isEqualTo(200);
        String version = api.get(path).headers().firstValue("ETag").orElseThrow();
        assertThat(api.patch(path, "{\"duration\": \"PT3H\"}", "If-Match", version).statusCode()).isEqualTo(200);

        String feed = api.get("/api/v1/calendar/series/" + weekly + ".ics").body().replace("\r\n ", "");

        assertThat(feed).doesNotContain("UID:" + weekly + "-1@");
        assertThat(feed.lines().filter(line -> line.startsWith("RECURRENCE-ID")
                && line.endsWith("20310303T100000"))).hasSize(1);
        assertThat(json(api.get("/api/v1/meeting-series/" + weekly + "/occurrences?from=2031-03-01T00:00:00Z"
                + "&to=2031-03-20T00:00:00Z")).valueStream().map(o -> o.get("id").asString()))
                .containsExactly(weekly + "-1", weekly + "-2", weekly + "-3");
    }

    /** A series of this test's road map, every meeting in Tokyo. */
    private void createInTokyo(String id, String title, String commitment, String duration, String rule,
            String firstStart) {
        assertThat(api.post("/api/v1/meeting-series", """
                {"id": "%s", "roadMapId": "%s", "title": "%s", "commitments": ["%s"],
                 "duration": "%s", "timeZone": "Asia/Tokyo",
                 "recurrence": {"rule": "%s", "firstStart": "%s"},
                 "venue": {"rule": "fixed", "venues": [{"city": "Tokyo", "country": "JP"}]}}
                """.formatted(id, roadMapId, title, commitment, duration, rule, firstStart)).statusCode())
                .isEqualTo(201);
    }

    private static Optional<VEvent> override(List<VEvent> events, String recurrenceId) {
        return events.stream().filter(e -> e.getProperty("RECURRENCE-ID").map(p -> p.getValue().equals(recurrenceId))
                .orElse(false)).findFirst();
    }
}
