package org.roadmap.meetings;

import static org.awaitility.Awaitility.await;
import static org.roadmap.platform.test.ApiClient.json;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.roadmap.meetings.agenda.AgendaCommitments;
import org.roadmap.meetings.support.CommitmentsOnTheWire;
import org.roadmap.meetings.support.ServiceTest;
import org.roadmap.platform.test.ApiClient;
import org.roadmap.platform.test.TestUser;
import org.roadmap.platform.test.WorkedExamples;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/**
 * The worked examples of docs/openapi/examples/meetings-service.md: every operation once, in the order a
 * ministry meets them. The tour's series is of its own (no other test class has it, and these tests seed
 * none), so it changes nothing other tests read.
 */
class WorkedExamplesTests extends ServiceTest {

    private static final String ROAD_MAP = "jp-pe-2024-2033";
    private static final String STORY = """
            The tour follows the Japan-Peru Political Dialogue Mechanism, which the Japan–Peru road map (I.2) \
            has meet every two years, alternating between Tokyo and Lima: the working group sets the series \
            up without dates, as the road map sets none; Japan's foreign ministry enters the meeting held in \
            Tokyo in 2025; the working group agrees a rule for the dates from 2027; Peru's foreign ministry \
            confirms and moves the meeting in Lima; an integrator reads the meetings and subscribes to their \
            calendars. The commitments the series serves, I.2 and I.5, are known to meetings-service from \
            commitments-service's events.""";

    @Autowired
    AgendaCommitments agendaCommitments;

    @Test
    void showsEveryOperationOnceOnTheMeetingsOfAPoliticalDialogue() {
        String dialogue = CommitmentsOnTheWire.register(ROAD_MAP, "I.2", "Japan-Peru Political Dialogue Mechanism",
                "Ministry of Foreign Affairs of Japan (MOFA)", "Ministry of Foreign Affairs of Peru (MRE)");
        String workingGroup = CommitmentsOnTheWire.register(ROAD_MAP, "I.5", "Road Map monitoring working group",
                "Ministry of Foreign Affairs of Japan (MOFA)", "Ministry of Foreign Affairs of Peru (MRE)");
        await().atMost(Duration.ofSeconds(30)).until(() -> agendaCommitments.find(dialogue).isPresent()
                && agendaCommitments.find(workingGroup).isPresent());
        WorkedExamples examples = WorkedExamples.of("meetings-service", api(), STORY);
        ApiClient admin = api().recordedIn(examples);
        ApiClient mofa = admin.as(TestUser.JP_EDITOR);
        ApiClient mre = admin.as(TestUser.PE_EDITOR);
        ApiClient integrator = admin.as(TestUser.INTEGRATOR);

        examples.captionNext("The working group sets up the series: one meeting per two-year period, the venue"
                + " alternating, no dates yet. An Idempotency-Key makes a retry set it up once.");
        HttpResponse<String> created = admin.post("/api/v1/meeting-series", """
                {"id": "political-dialogue-mechanism", "roadMapId": "%s",
                 "title": "Japan-Peru Political Dialogue Mechanism (Vice Ministers of Foreign Affairs)",
                 "organiser":
                   "Ministry of Foreign Affairs of Japan (MOFA) and Ministry of Foreign Affairs of Peru (MRE)",
                 "commitments": ["I.2", "I.5"], "duration": "PT4H", "timeZone": "Asia/Tokyo",
                 "cadence": {"kind": "biennial", "firstPeriod": "2025-01-01"},
                 "venue": {"rule": "alternating", "venues": [{"city": "Tokyo", "country": "JP"},
                                                             {"city": "Lima", "country": "PE"}]}}
                """.formatted(ROAD_MAP), "Idempotency-Key", "pdm-series");
        String series = created.headers().firstValue("Location").orElseThrow();
        examples.captionNext("The series as it is now, with its version (ETag).");
        admin.get(series);
        examples.captionNext("Periods of every series at risk of passing without their meeting; this series has no"
                + " dates yet.");
        admin.get("/api/v1/meetings/periods-at-risk");
        examples.captionNext("Each period of the series and its meeting, if any.");
        admin.get(series + "/cadence");

        examples.captionNext("Japan's foreign ministry, responsible for I.2, enters the meeting held in Tokyo in"
                + " 2025 for the first period; the venue follows the alternation.");
        HttpResponse<String> scheduled = mofa.post(series + "/occurrences",
                "{\"start\": \"2025-09-16T10:00\", \"period\": \"2025-2026\"}",
                "If-Match", etag(api().get(series)), "Idempotency-Key", "pdm-2025");
        String tokyo = json(scheduled).get("id").asString();
        examples.captionNext("… and records it as held, with its agenda, outcomes and minutes.");
        mofa.post("/api/v1/meetings/" + tokyo + "/held", """
                {"agenda": ["I.2", "I.5"],
                 "outcomes": ["Working group report on the road map's first year reviewed",
                              "Next meeting in Lima in 2027"],
                 "minutes": "The Vice Ministers reviewed the bilateral agenda and the working group's report."}""",
                "If-Match", etag(scheduled), "Idempotency-Key", "pdm-2025-held");

        examples.captionNext("The working group agrees the dates from 2027 on: 16 September every two years, at"
                + " 10:00 at the venue. The change applies from now on.");
        admin.patch(series, """
                {"recurrence": {"rule": "FREQ=YEARLY;INTERVAL=2", "firstStart": "2027-09-16T10:00"}}""",
                "If-Match", etag(api().get(series)));
        examples.captionNext("Peru's foreign ministry reads the meetings the rule plans …");
        JsonNode planned = json(mre.get(series + "/occurrences?from=2027-01-01&to=2030-01-01"));
        String lima = planned.get(0).get("id").asString();
        String later = planned.get(1).get("id").asString();
        examples.captionNext("… the one in Lima, with its times in Lima, in Tokyo and at the venue …");
        HttpResponse<String> meeting = mre.get("/api/v1/meetings/" + lima);
        examples.captionNext("… confirms it …");
        HttpResponse<String> confirmed = mre.postWithoutBody("/api/v1/meetings/" + lima + "/confirm",
                "If-Match", etag(meeting), "Idempotency-Key", "pdm-2027-confirm");
        examples.captionNext("… and moves it to the date agreed with Japan.");
        mre.post("/api/v1/meetings/" + lima + "/move", "{\"start\": \"2027-10-12T10:00\"}",
                "If-Match", etag(confirmed), "Idempotency-Key", "pdm-2027-move");
        examples.captionNext("The working group cancels the 2029 meeting, to be agreed again.");
        admin.post("/api/v1/meetings/" + later + "/cancel", "{\"reason\": \"Postponed by mutual agreement\"}",
                "If-Match", etag(api().get(series)), "Idempotency-Key", "pdm-2029-cancel");
        examples.captionNext("Who changed what, newest first.");
        admin.get(series + "/history?size=3");

        examples.captionNext("An integrator finds the road map's series …");
        integrator.get("/api/v1/meeting-series?roadMapId=" + ROAD_MAP);
        examples.captionNext("… the meetings serving I.2, with times in UTC too …");
        integrator.get("/api/v1/meetings?from=2025-01-01&to=2030-01-01&commitment=I.2&tz=UTC");
        examples.captionNext("… and subscribes to calendars: of the series …");
        integrator.get("/api/v1/calendar/series/political-dialogue-mechanism.ics");
        examples.captionNext("… of the meetings serving a commitment (I.5, by its id in commitments-service) …");
        integrator.get("/api/v1/calendar/commitments/" + workingGroup + ".ics");
        examples.captionNext("… or of every meeting.");
        integrator.get("/api/v1/calendar/all.ics");

        examples.recordOrAssertPublished();
    }

    private static String etag(HttpResponse<String> response) {
        return response.headers().firstValue("ETag").orElseThrow();
    }
}
