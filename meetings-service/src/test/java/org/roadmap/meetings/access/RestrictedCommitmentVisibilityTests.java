package org.roadmap.meetings.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.roadmap.platform.test.ApiClient.json;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roadmap.meetings.agenda.AgendaCommitments;
import org.roadmap.meetings.support.CommitmentsOnTheWire;
import org.roadmap.meetings.support.ServiceTest;
import org.roadmap.platform.test.ApiClient;
import org.roadmap.platform.test.TestUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * A security office reads a restricted commitment (as V.6 is) through every read of meetings-service:
 * one series serves I.2 and V.6, another V.6 only. Staff (admin, editor, reader) see both and the
 * links; an integrator, a token without roles and, with the feeds opened, an anonymous calendar
 * client find neither V.6 nor the series that serves only it. The feeds are open here, as
 * {@code roadmap.security.open-paths} allows.
 */
// A context of its own: the feeds opened to anonymous calendar clients is a setting the other test
// classes must not have (they check that the feeds ask for a token).
@TestPropertySource(properties = "roadmap.security.open-paths=/api/v1/calendar/**")
class RestrictedCommitmentVisibilityTests extends ServiceTest {

    private static final String SECRET_TITLE = "Interoperability exercises of JMSDF";
    private static final String SECRET_SERIES = "Defence staff talks";
    private static final String WINDOW = "from=2027-01-01&to=2032-01-01";

    @Autowired
    AgendaCommitments agendaCommitments;

    private ApiClient admin;
    private String roadMapId;
    private String restrictedId;
    private String shared;
    private String secret;

    @BeforeEach
    void seriesServingARestrictedCommitment() {
        admin = api();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        roadMapId = "road-map-" + suffix;
        String publicId = CommitmentsOnTheWire.register(roadMapId, "I.2", "Political Dialogue Mechanism");
        restrictedId = CommitmentsOnTheWire.registerRestricted(roadMapId, "V.6", SECRET_TITLE);
        await().atMost(Duration.ofSeconds(30)).until(() -> agendaCommitments.find(publicId).isPresent()
                && agendaCommitments.find(restrictedId).isPresent());
        shared = "dialogue-" + suffix;
        secret = "defence-" + suffix;
        assertThat(admin.post("/api/v1/meeting-series", definition(shared, "Political Dialogue", "\"I.2\", \"V.6\""))
                .statusCode()).isEqualTo(201);
        assertThat(admin.post("/api/v1/meeting-series", definition(secret, SECRET_SERIES, "\"V.6\"")).statusCode())
                .isEqualTo(201);
    }

    @Test
    void showsStaffTheRestrictedLinksAndTheSeriesServingThem() {
        for (TestUser staff : List.of(TestUser.WG_ADMIN, TestUser.PE_EDITOR, TestUser.STAFF_READER)) {
            ApiClient client = admin.as(staff);

            assertThat(ids(client.get("/api/v1/meeting-series?roadMapId=" + roadMapId))).containsExactlyInAnyOrder(shared, secret);
            assertThat(client.get("/api/v1/meeting-series/" + shared).body()).contains(SECRET_TITLE);
            assertThat(client.get("/api/v1/meeting-series/" + secret).statusCode()).isEqualTo(200);
            assertThat(ids(client.get("/api/v1/meeting-series?commitment=V.6&roadMapId=" + roadMapId))).hasSize(2);
            assertThat(client.get("/api/v1/calendar/commitments/" + restrictedId + ".ics").body())
                    .contains("X-WR-CALNAME:V.6 " + SECRET_TITLE);
        }
    }

    @Test
    void leavesRestrictedLinksOutOfSeriesAndMeetingsForIntegratorsAndTokensWithoutRoles() {
        for (TestUser outsider : List.of(TestUser.INTEGRATOR, TestUser.WITHOUT_ROLES)) {
            ApiClient client = admin.as(outsider);

            HttpResponse<String> list = client.get("/api/v1/meeting-series?roadMapId=" + roadMapId);
            assertThat(ids(list)).as(outsider.subject()).containsExactly(shared);
            assertThat(list.body()).doesNotContain(SECRET_TITLE, "V.6", SECRET_SERIES);
            JsonNode series = json(client.get("/api/v1/meeting-series/" + shared));
            assertThat(series.get("commitments")).hasSize(1);
            assertThat(series.get("commitments").get(0).get("reference").asString()).isEqualTo("I.2");
            HttpResponse<String> occurrences = client.get("/api/v1/meeting-series/" + shared + "/occurrences?" + WINDOW);
            assertThat(occurrences.statusCode()).isEqualTo(200);
            assertThat(occurrences.body()).contains("I.2").doesNotContain(SECRET_TITLE, "V.6");
            String meetingId = json(occurrences).get(0).get("id").asString();
            assertThat(client.get("/api/v1/meetings/" + meetingId).body()).doesNotContain(SECRET_TITLE, "V.6");
            HttpResponse<String> meetings = client.get("/api/v1/meetings?" + WINDOW);
            assertThat(meetings.body()).contains(shared).doesNotContain(SECRET_TITLE, "V.6", SECRET_SERIES, secret);
        }
    }

    @Test
    void leavesRestrictedReferencesOutOfASeriesHistoryForOutsiders() {
        String path = "/api/v1/meeting-series/" + shared;
        String etag = admin.get(path).headers().firstValue("ETag").orElseThrow();
        assertThat(admin.patch(path, "{\"commitments\": [\"I.2\"]}", "If-Match", etag).statusCode()).isEqualTo(200);

        assertThat(admin.get(path + "/history").body()).contains("V.6");
        HttpResponse<String> history = admin.as(TestUser.INTEGRATOR).get(path + "/history");
        assertThat(history.statusCode()).isEqualTo(200);
        assertThat(history.body()).contains("I.2").doesNotContain("V.6");
        long total = json(history).get("page").get("totalElements").asLong();
        for (int page = 0; page < total; page++) {
            HttpResponse<String> one = admin.as(TestUser.INTEGRATOR).get(path + "/history?size=1&page=" + page);
            assertThat(json(one).get("content")).hasSize(1);
            assertThat(one.body()).as("page " + page).doesNotContain("V.6");
        }
    }

    @Test
    void answersTheSeriesServingOnlyARestrictedCommitmentAsNotFoundToOutsiders() {
        ApiClient integrator = admin.as(TestUser.INTEGRATOR);
        String meetingId = json(admin.get("/api/v1/meeting-series/" + secret + "/occurrences?" + WINDOW)).get(0)
                .get("id").asString();

        for (String path : List.of("", "/occurrences?" + WINDOW, "/history", "/cadence")) {
            HttpResponse<String> response = integrator.get("/api/v1/meeting-series/" + secret + path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).doesNotContain(SECRET_SERIES, SECRET_TITLE);
        }
        assertThat(integrator.get("/api/v1/meetings/" + meetingId).statusCode()).isEqualTo(404);
        assertThat(integrator.get("/api/v1/meetings/periods-at-risk").body()).doesNotContain(secret);
        assertThat(admin.get("/api/v1/meetings/" + meetingId).statusCode()).isEqualTo(200);
    }

    @Test
    void findsNothingByARestrictedCommitmentsReferenceForOutsiders() {
        ApiClient integrator = admin.as(TestUser.INTEGRATOR);

        assertThat(json(integrator.get("/api/v1/meeting-series?commitment=V.6&roadMapId=" + roadMapId))).isEmpty();
        assertThat(integrator.get("/api/v1/meetings?commitment=V.6&" + WINDOW).body())
                .doesNotContain(shared, secret);
        assertThat(json(admin.get("/api/v1/meetings?commitment=V.6&" + WINDOW))).isNotEmpty();
    }

    @Test
    void answersARestrictedCommitmentsFeedAsNotFoundToOutsidersAndAnonymousCalendarClients() {
        String feed = "/api/v1/calendar/commitments/" + restrictedId + ".ics";

        for (ApiClient outsider : List.of(admin.as(TestUser.INTEGRATOR), admin.withoutToken())) {
            HttpResponse<String> response = outsider.get(feed);
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.body()).doesNotContain(SECRET_TITLE);
            assertThat(outsider.get("/api/v1/calendar/series/" + secret + ".ics").statusCode()).isEqualTo(404);
            HttpResponse<String> all = outsider.get("/api/v1/calendar/all.ics");
            assertThat(all.statusCode()).isEqualTo(200);
            assertThat(all.body()).doesNotContain(SECRET_SERIES, SECRET_TITLE);
            assertThat(outsider.get("/api/v1/calendar/series/" + shared + ".ics").statusCode()).isEqualTo(200);
        }
        assertThat(admin.get("/api/v1/calendar/all.ics").body()).contains(SECRET_SERIES);
    }

    private static List<String> ids(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        json(response).forEach(s -> ids.add(s.get("id").asString()));
        return ids;
    }

    private String definition(String id, String title, String commitments) {
        return """
                {"id": "%s", "roadMapId": "%s", "title": "%s", "organiser": "Ministry of Foreign Affairs of Japan",
                 "commitments": [%s], "duration": "PT2H",
                 "recurrence": {"rule": "FREQ=YEARLY", "firstStart": "2027-09-16T10:00"},
                 "timeZone": "Asia/Tokyo"}
                """.formatted(id, roadMapId, title, commitments);
    }
}
