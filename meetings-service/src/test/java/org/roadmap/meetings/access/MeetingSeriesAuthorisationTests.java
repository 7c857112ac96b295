package org.roadmap.meetings.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.roadmap.platform.test.ApiClient.json;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roadmap.events.EventEnvelope;
import org.roadmap.events.EventType;
import org.roadmap.events.Topics;
import org.roadmap.events.meeting.MeetingHeld;
import org.roadmap.meetings.agenda.AgendaCommitments;
import org.roadmap.meetings.support.CommitmentsOnTheWire;
import org.roadmap.meetings.support.ServiceTest;
import org.roadmap.platform.test.ApiClient;
import org.roadmap.platform.test.TestTokens;
import org.roadmap.platform.test.TestUser;
import org.roadmap.platform.test.TopicReader;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/**
 * Who may change a meeting series (docs/adr/0006), over real HTTP: the series serves I.2, for
 * which MOFA and MRE are responsible (as the commitment's event said), and is organised by the
 * Embassy of Peru in Japan.
 */
class MeetingSeriesAuthorisationTests extends ServiceTest {

    private static final TestUser PRODUCE_EDITOR = TestUser.PE_EDITOR.of("produce-editor",
            "Ministry of Production of Peru (PRODUCE)", "PE");
    private static final TestUser EMBASSY_EDITOR = TestUser.PE_EDITOR.of("embassy-editor",
            "Embassy of Peru in Japan", "PE");

    @Autowired
    AgendaCommitments agendaCommitments;

    private ApiClient admin;
    private String roadMapId;
    private String seriesId;
    private String series;

    @BeforeEach
    void aSeriesServingAnMreCommitment() {
        admin = api();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        roadMapId = "road-map-" + suffix;
        seriesId = "dialogue-" + suffix;
        series = "/api/v1/meeting-series/" + seriesId;
        String commitmentId = CommitmentsOnTheWire.register(roadMapId, "I.2", "Political Dialogue Mechanism",
                "Ministry of Foreign Affairs of Japan (MOFA)", "Ministry of Foreign Affairs of Peru (MRE)");
        await().atMost(Duration.ofSeconds(30)).until(() -> agendaCommitments.find(commitmentId)
                .filter(c -> c.responsibleOrganisations().contains("Ministry of Foreign Affairs of Peru (MRE)")).isPresent());
        assertThat(admin.post("/api/v1/meeting-series", definition(seriesId, List.of("I.2"))).statusCode()).isEqualTo(201);
    }

    @Test
    void letsAnEditorOfAResponsibleOrganisationChangeTheSeriesAndHistoryShowsWho() {
        HttpResponse<String> changed = admin.as(TestUser.PE_EDITOR).patch(series, "{\"title\": \"PDM, renamed\"}",
                "If-Match", etag());

        assertThat(changed.statusCode()).isEqualTo(200);
        JsonNode history = json(admin.get(series + "/history")).get("content");
        assertThat(history.get(0).get("by").asString()).isEqualTo("Lucía Quispe (pe-editor)");
        assertThat(history.get(history.size() - 1).get("by").asString()).isEqualTo("Road Map working group (wg-admin)");
    }

    @Test
    void refusesAnEditorOfAnotherOrganisationNamingTheRule() {
        HttpResponse<String> patch = admin.as(PRODUCE_EDITOR).patch(series, "{\"title\": \"Taken over\"}",
                "If-Match", etag());
        HttpResponse<String> cancel = admin.as(PRODUCE_EDITOR).post("/api/v1/meetings/" + firstMeeting() + "/cancel",
                "{\"reason\": \"no\"}");
        HttpResponse<String> schedule = admin.as(PRODUCE_EDITOR).post(series + "/occurrences",
                "{\"start\": \"2026-05-01T10:00\", \"end\": \"2026-05-01T12:00\"}");

        for (HttpResponse<String> response : List.of(patch, cancel, schedule)) {
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
            assertThat(json(response).get("detail").asString()).contains("Ministry of Production of Peru (PRODUCE)",
                    "organiser", "responsible for");
        }
    }

    @Test
    void letsTheOrganiserChangeTheSeriesAndItsMeetings() {
        HttpResponse<String> cancelled = admin.as(EMBASSY_EDITOR).post("/api/v1/meetings/" + firstMeeting() + "/cancel",
                "{\"reason\": \"Typhoon\"}");

        assertThat(cancelled.statusCode()).isEqualTo(200);
        assertThat(admin.as(EMBASSY_EDITOR).patch(series, "{\"description\": \"Rescheduled\"}", "If-Match", etag())
                .statusCode()).isEqualTo(200);
    }

    @Test
    void letsEditorsSetUpSeriesOnlyForTheirOwnOrganisation() {
        String other = seriesId + "-b";

        assertThat(admin.as(PRODUCE_EDITOR).post("/api/v1/meeting-series", definition(other, List.of("I.2")))
                .statusCode()).isEqualTo(403);
        assertThat(admin.as(TestUser.JP_EDITOR).post("/api/v1/meeting-series", definition(other, List.of("I.2")))
                .statusCode()).isEqualTo(201);
    }

    @Test
    void letsReadersAndIntegratorsOnlyRead() {
        for (TestUser reader : List.of(TestUser.STAFF_READER, TestUser.INTEGRATOR)) {
            ApiClient client = admin.as(reader);

            assertThat(client.get(series).statusCode()).isEqualTo(200);
            HttpResponse<String> patch = client.patch(series, "{\"title\": \"x\"}", "If-Match", etag());
            assertThat(patch.statusCode()).isEqualTo(403);
            assertThat(json(patch).get("detail").asString()).contains("roadmap.write");
        }
    }

    @Test
    void refusesChangesToAResponsibleEditorsTokenAskedForWithTheReadScopeOnly() {
        ApiClient readOnly = admin.withToken(TestTokens.withScope(TestUser.PE_EDITOR, "roadmap.read"));

        HttpResponse<String> patch = readOnly.patch(series, "{\"title\": \"PDM, renamed\"}", "If-Match", etag());
        HttpResponse<String> cancel = readOnly.post("/api/v1/meetings/" + firstMeeting() + "/cancel",
                "{\"reason\": \"no\"}");

        for (HttpResponse<String> response : List.of(patch, cancel)) {
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(json(response).get("detail").asString()).contains("roadmap.write");
        }
        assertThat(readOnly.get(series).statusCode()).isEqualTo(200);
    }

    @Test
    void refusesATokenIssuedForAnotherAudience() {
        HttpResponse<String> response = admin.withToken(TestTokens.forAudience(TestUser.WG_ADMIN, "another-application"))
                .get(series);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response).get("detail").asString()).contains("audience");
    }

    @Test
    void refusesRequestsWithoutAValidToken() {
        HttpResponse<String> none = admin.withoutToken().get(series);
        HttpResponse<String> expired = admin.withToken(TestTokens.token(TestUser.WG_ADMIN, Duration.ofMinutes(-10)))
                .get(series);
        HttpResponse<String> feed = admin.withoutToken().get("/api/v1/calendar/series/" + seriesId + ".ics");

        for (HttpResponse<String> response : List.of(none, expired, feed)) {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Bearer");
        }
        assertThat(admin.get("/api/v1/calendar/series/" + seriesId + ".ics").statusCode()).isEqualTo(200);
    }

    @Test
    void refusesAnAgendaNamingACommitmentTheSeriesDoesNotServeAndTheCallerDoesNotAnswerFor() {
        CommitmentsOnTheWire.register(roadMapId, "III.15", "Fisheries cooperation",
                "Ministry of Agriculture, Forestry and Fisheries of Japan (MAFF)", "Ministry of Production of Peru (PRODUCE)");
        awaitKnown("III.15");

        String meeting = pastMeeting();
        HttpResponse<String> held = admin.as(TestUser.PE_EDITOR).post("/api/v1/meetings/" + meeting + "/held",
                "{\"agenda\": [\"I.2\", \"III.15\"], \"outcomes\": [\"Discussed\"]}");

        assertThat(held.statusCode()).isEqualTo(403);
        assertThat(held.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(json(held).get("detail").asString()).contains("III.15").doesNotContain("I.2,");
        assertThat(json(admin.get("/api/v1/meetings/" + meeting)).get("status").asString()).isNotEqualTo("held");
    }

    @Test
    void letsAnAgendaNameTheSeriesCommitmentsAndTheCallersOwnAndRecordsWhoHeldTheMeeting() {
        CommitmentsOnTheWire.register(roadMapId, "I.4", "Anniversaries",
                "Ministry of Foreign Affairs of Japan (MOFA)", "Ministry of Foreign Affairs of Peru (MRE)");
        awaitKnown("I.4");
        String meeting = pastMeeting();

        try (TopicReader events = new TopicReader(Topics.MEETINGS)) {
            HttpResponse<String> held = admin.as(TestUser.PE_EDITOR).post("/api/v1/meetings/" + meeting + "/held",
                    "{\"agenda\": [\"I.2\", \"I.4\"], \"outcomes\": [\"Discussed\"]}");

            assertThat(held.statusCode()).isEqualTo(200);
            ConsumerRecord<String, byte[]> record = events.readUntil(r -> heldEventOf(r, meeting), Duration.ofSeconds(30))
                    .stream().filter(r -> heldEventOf(r, meeting)).findFirst().orElseThrow();
            MeetingHeld event = EventEnvelope.fromKafka(record.headers(), record.value()).dataAs(MeetingHeld.class);
            assertThat(event.recordedBy()).isEqualTo("Lucía Quispe (pe-editor)");
            assertThat(event.agendaCommitmentIds()).hasSize(2);
        }
    }

    @Test
    void refusesAnEditorMakingItsSeriesServeACommitmentItDoesNotAnswerFor() {
        CommitmentsOnTheWire.register(roadMapId, "III.15", "Fisheries cooperation",
                "Ministry of Agriculture, Forestry and Fisheries of Japan (MAFF)", "Ministry of Production of Peru (PRODUCE)");
        awaitKnown("III.15");

        HttpResponse<String> widened = admin.as(TestUser.PE_EDITOR).patch(series,
                "{\"commitments\": [\"I.2\", \"III.15\"]}", "If-Match", etag());
        HttpResponse<String> organised = admin.as(EMBASSY_EDITOR).post("/api/v1/meeting-series",
                definition(seriesId + "-fish", List.of("III.15")));

        for (HttpResponse<String> response : List.of(widened, organised)) {
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(json(response).get("detail").asString()).contains("III.15");
        }
        assertThat(json(admin.get(series)).get("commitments").toString()).doesNotContain("III.15");
    }

    @Test
    void refusesAnOrganiserDroppingACommitmentItDoesNotAnswerFor() {
        HttpResponse<String> dropped = admin.as(EMBASSY_EDITOR).patch(series, "{\"commitments\": []}",
                "If-Match", etag());

        assertThat(dropped.statusCode()).isEqualTo(403);
        assertThat(json(dropped).get("detail").asString()).contains("I.2");
    }

    @Test
    void letsTheWorkingGroupPutAnyCommitmentOnAnAgenda() {
        CommitmentsOnTheWire.register(roadMapId, "III.16", "Aquaculture",
                "Ministry of Agriculture, Forestry and Fisheries of Japan (MAFF)", "Ministry of Production of Peru (PRODUCE)");
        awaitKnown("III.16");

        assertThat(admin.post("/api/v1/meetings/" + pastMeeting() + "/held", "{\"agenda\": [\"III.16\"]}")
                .statusCode()).isEqualTo(200);
    }

    /** A meeting that has taken place, so that it can be recorded as held. */
    private String pastMeeting() {
        HttpResponse<String> scheduled = admin.post(series + "/occurrences",
                "{\"start\": \"2025-05-01T10:00\", \"end\": \"2025-05-01T12:00\"}");
        assertThat(scheduled.statusCode()).isEqualTo(201);
        return json(scheduled).get("id").asString();
    }

    private void awaitKnown(String reference) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !agendaCommitments.resolve(roadMapId, List.of(reference)).isEmpty());
    }

    private static boolean heldEventOf(ConsumerRecord<String, byte[]> record, String occurrenceId) {
        EventEnvelope event = EventEnvelope.fromKafka(record.headers(), record.value());
        return event.type().equals(EventType.MEETING_HELD.type()) && event.data().contains(occurrenceId);
    }

    private String definition(String id, List<String> commitments) {
        return """
                {"id": "%s", "roadMapId": "%s", "title": "Japan-Peru Political Dialogue Mechanism",
                 "organiser": "Embassy of Peru in Japan", "commitments": %s,
                 "duration": "PT4H",
                 "recurrence": {"rule": "FREQ=YEARLY;INTERVAL=2", "firstStart": "2027-09-16T10:00"},
                 "venue": {"rule": "alternating", "venues": [{"city": "Tokyo", "country": "JP"},
                                                             {"city": "Lima", "country": "PE"}]},
                 "timeZone": "Asia/Tokyo"}
                """.formatted(id, roadMapId, commitments.stream().map(c -> "\"" + c + "\"").toList());
    }

    private String firstMeeting() {
        return json(admin.get(series + "/occurrences?from=2027-01-01&to=2030-01-01")).get(0).get("id").asString();
    }

    private String etag() {
        return admin.get(series).headers().firstValue("ETag").orElseThrow();
    }
}
