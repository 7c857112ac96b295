package org.roadmap.commitments;

import static org.roadmap.platform.test.ApiClient.json;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.roadmap.commitments.spreadsheet.web.Sheet;
import org.roadmap.commitments.support.ServiceTest;
import org.roadmap.platform.test.ApiClient;
import org.roadmap.platform.test.TestUser;
import org.roadmap.platform.test.WorkedExamples;

/**
 * The worked examples of docs/openapi/examples/commitments-service.md: every operation once, in the order
 * a ministry meets them. The tour imports a road map of its own, so it changes nothing of the seeded one
 * other tests read.
 */
class WorkedExamplesTests extends ServiceTest {

    private static final String STORY = """
            The tour follows a road map from its text to its annual report: the working group imports the \
            text (the first five commitments of the Japan–Peru road map, as a road map of its own), confirms \
            the structure suggested for one commitment and registers another by hand; Japan's and Peru's \
            foreign ministries plan a milestone and report progress, one by the API, one by the progress \
            sheet; an integrator reads the result.""";

    @Test
    void showsEveryOperationOnceOnARoadMapFromItsTextToItsAnnualReport() {
        WorkedExamples examples = WorkedExamples.of("commitments-service", api(), STORY);
        ApiClient admin = api().recordedIn(examples);
        ApiClient integrator = admin.as(TestUser.INTEGRATOR);
        ApiClient mofa = admin.as(TestUser.JP_EDITOR);
        ApiClient mre = admin.as(TestUser.PE_EDITOR);

        examples.captionNext("The working group imports a road map's text; each numbered item becomes a"
                + " commitment with a suggested structure.");
        String roadMap = json(admin.postText("/api/v1/road-maps", "text/plain", firstFiveCommitments()))
                .get("id").asString();
        examples.captionNext("An integrator finds the road maps on the platform.");
        integrator.get("/api/v1/road-maps");
        examples.captionNext("… and reads the new one.");
        integrator.get("/api/v1/road-maps/" + roadMap);
        examples.captionNext("… and its commitments of pillar I.");
        integrator.get("/api/v1/commitments?roadMapId=" + roadMap + "&pillar=I&sort=reference");

        String workingGroup = json(api().get("/api/v1/commitments?roadMapId=" + roadMap + "&reference=I.5"))
                .get("content").get(0).get("id").asString();
        examples.captionNext("The working group reads I.5 and its version (ETag) …");
        HttpResponse<String> suggested = admin.get("/api/v1/commitments/" + workingGroup);
        examples.captionNext("… and confirms its structure as a person read it out of the text, sending that version"
                + " in If-Match so it changes nothing someone else changed meanwhile.");
        admin.patch("/api/v1/commitments/" + workingGroup, """
                {"confirmed": true, "title": "Road Map monitoring working group", "cadence": "annual",
                 "meetingSeries": "monitoring-working-group",
                 "responsibleEntities": [
                   {"name": "Ministry of Foreign Affairs of Japan (MOFA)", "country": "JP", "role": "lead"},
                   {"name": "Ministry of Foreign Affairs of Peru (MRE)", "country": "PE", "role": "lead"},
                   {"name": "Embassy of Japan in Peru", "country": "JP", "role": "implementing"},
                   {"name": "Embassy of Peru in Japan", "country": "PE", "role": "implementing"}]}""",
                "If-Match", etag(suggested));
        examples.captionNext("It confirms the other items as they were suggested, all at once: each confirmation is"
                + " in the item's history, and an item that implies a meeting series offers it to meetings-service.");
        admin.postWithoutBody("/api/v1/road-maps/" + roadMap + "/confirmation");

        examples.captionNext("The working group registers I.6 by hand, structured; an Idempotency-Key makes a retry"
                + " register it once.");
        String dialogue = json(admin.post("/api/v1/commitments", """
                {"roadMapId": "%s", "pillar": "I", "number": 6,
                 "title": "Dialogue among outstanding figures for a forward-looking vision",
                 "text": "%s",
                 "responsibleEntities": [
                   {"name": "Ministry of Foreign Affairs of Japan (MOFA)", "country": "JP", "role": "lead"},
                   {"name": "Ministry of Foreign Affairs of Peru (MRE)", "country": "PE", "role": "lead"}],
                 "cadence": "ongoing"}""".formatted(roadMap, sixthCommitment()), "Idempotency-Key", "register-i6"))
                .get("id").asString();
        String commitment = "/api/v1/commitments/" + dialogue;

        examples.captionNext("Japan's foreign ministry, responsible for I.6, plans a milestone …");
        HttpResponse<String> planned = mofa.post(commitment + "/milestones",
                "{\"title\": \"Panel of outstanding figures convened\", \"plannedDate\": \"2025-10-15\"}",
                "Idempotency-Key", "i6-panel-milestone");
        String milestone = json(planned).get("milestones").get(0).get("id").asString();
        examples.captionNext("… records the day it was reached …");
        mofa.patch(commitment + "/milestones/" + milestone,
                "{\"actualDate\": \"2025-10-20\"}", "If-Match", etag(planned));
        examples.captionNext("… reports Japan's side of the progress …");
        HttpResponse<String> reported = mofa.post(commitment + "/progress-reports", """
                {"country": "JP", "organisation": "Ministry of Foreign Affairs of Japan (MOFA)",
                 "summary": "Panel convened in Tokyo; recommendations due next spring",
                 "evidence": ["https://www.mofa.go.jp/la_c/sa/pe/index.html"],
                 "level": "limited", "health": "on-track"}""", "Idempotency-Key", "i6-jp-2025-10");
        examples.captionNext("… and reads the report back where its creation said it is.");
        mofa.get(reported.headers().firstValue("Location").orElseThrow());

        examples.captionNext("Peru's foreign ministry downloads the progress sheet …");
        String sheet = mre.get("/api/v1/road-maps/" + roadMap + "/progress.csv").body();
        examples.captionNext("… fills in Peru's row of I.6 in a spreadsheet program and uploads it: the changed row"
                + " becomes Peru's progress report.");
        mre.postText("/api/v1/road-maps/" + roadMap + "/progress.csv", "text/csv",
                Sheet.of(sheet).assess("I.6", "PE", "limited", "at-risk", "Panel convened in Lima; two members still"
                        + " to be appointed", "").csv());

        examples.captionNext("The integrator reads both sides' reports of I.6 …");
        integrator.get(commitment + "/progress-reports");
        examples.captionNext("… who changed what, newest first …");
        integrator.get(commitment + "/history?size=3");
        examples.captionNext("… the road map's weighted progress …");
        integrator.get("/api/v1/road-maps/" + roadMap + "/progress");
        examples.captionNext("… and this year's report of it.");
        integrator.get("/api/v1/road-maps/" + roadMap + "/reports/annual?year="
                + LocalDate.now(ZoneId.of("America/Lima")).getYear() + "&lang=en&format=json");

        examples.recordOrAssertPublished();
    }

    private static String firstFiveCommitments() {
        String text = japanPeru();
        return text.substring(0, text.indexOf("\n6. ") + 1);
    }

    private static String sixthCommitment() {
        String text = japanPeru();
        int start = text.indexOf("\n6. ") + 4;
        return text.substring(start, text.indexOf('\n', start)).strip();
    }

    private static String japanPeru() {
        try (InputStream in = WorkedExamplesTests.class.getResourceAsStream(
                "/roadmaps/japan-peru-road-map-2024-2033.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String etag(HttpResponse<String> response) {
        return response.headers().firstValue("ETag").orElseThrow();
    }
}
