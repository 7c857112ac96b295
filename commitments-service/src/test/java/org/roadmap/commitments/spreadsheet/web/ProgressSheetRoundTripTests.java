package org.roadmap.commitments.spreadsheet.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roadmap.platform.test.ApiClient.json;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.roadmap.events.EventJson;
import org.roadmap.events.EventType;
import org.roadmap.events.Topics;
import org.roadmap.platform.test.TopicReader;

import tools.jackson.databind.JsonNode;

/** Download, edit, upload: the seeded Japan–Peru road map through its progress sheet. */
class ProgressSheetRoundTripTests extends ProgressSheetIntegration {

    @Test
    void downloadsOneRowPerCommitmentAndSideInReferenceOrder() {
        HttpResponse<String> response = api.get(SHEET);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow().replace(" ", ""))
                .isEqualToIgnoringCase("text/csv;charset=UTF-8");
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"jp-pe-2024-2033-progress.csv\"");
        assertThat(response.body()).startsWith(
                "reference,commitmentId,title,country,organisation,level,health,summary,evidence,reportedAt\r\n");
        Sheet sheet = Sheet.of(response.body());
        assertThat(sheet.column("reference").stream().distinct()).hasSize(61).startsWith("I.1", "I.2");
        assertThat(sheet.cells(2)).startsWith("I.1").contains("JP");
        assertThat(sheet.cells(3)).startsWith("I.1").contains("PE");
        assertThat(sheet.get(sheet.row("V.5", "JP"), "organisation")).as("restricted, one-sided").isNotBlank();
        assertThat(sheet.size()).isEqualTo(61 * 2 - 1);
    }

    @Test
    void importingTheDownloadUnchangedAppliesNothingAndDownloadsTheSameBytes() {
        api.post(commitment("I.3") + "/progress-reports", """
                {"country": "JP", "organisation": "Ministry of Foreign Affairs of Japan (MOFA)",
                 "summary": "Consultations held in Tokyo, \\"productive\\"\\r\\nNext round in Lima",
                 "evidence": ["https://www.mofa.go.jp/la_c/sa/pe/page1e.html"],
                 "level": "substantial", "health": "on-track"}""", "Idempotency-Key", "sheet-round-trip");
        String downloaded = api.get(SHEET).body();

        HttpResponse<String> imported = api.postText(SHEET, "text/csv", downloaded);

        assertThat(imported.statusCode()).isEqualTo(200);
        JsonNode result = json(imported);
        assertThat(result.get("rows").asInt()).isEqualTo(Sheet.of(downloaded).size());
        assertThat(result.get("applied").asInt()).isZero();
        assertThat(result.get("unchanged").asInt()).isPositive();
        assertThat(result.get("unchanged").asInt() + result.get("skipped").asInt()).isEqualTo(result.get("rows").asInt());
        assertThat(api.get(SHEET).body()).isEqualTo(downloaded);
    }

    @Test
    void anEditedCellBecomesTheSidesAssessmentAndDownloadsAsWritten() {
        String summary = "Data from two agencies, \"MINEM\" and PRODUCE,\nstill under review " + UUID.randomUUID();
        Sheet edited = download()
                .assess("II.3", "PE", "limited", "at-risk", summary, "")
                .assess("II.3", "JP", "complete", "on-track", "Signed",
                        "https://www.mofa.go.jp/a.html https://www.mofa.go.jp/b.pdf");

        JsonNode result = json(api.postText(SHEET, "text/csv", edited.csv()));

        assertThat(result.get("applied").asInt()).isEqualTo(2);
        JsonNode commitment = json(api.get(commitment("II.3")));
        assertThat(commitment.get("level").asString()).isEqualTo("limited");
        assertThat(commitment.get("disagreement").asBoolean()).isTrue();
        Sheet next = download();
        int peru = next.row("II.3", "PE");
        assertThat(next.get(peru, "level")).isEqualTo("limited");
        assertThat(next.get(peru, "health")).isEqualTo("at-risk");
        assertThat(next.get(peru, "summary")).isEqualTo(summary);
        assertThat(next.get(peru, "reportedAt")).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(next.get(next.row("II.3", "JP"), "evidence"))
                .isEqualTo("https://www.mofa.go.jp/a.html https://www.mofa.go.jp/b.pdf");
    }

    @Test
    void importingTheSameEditedSheetTwiceReportsOnceAndPublishesOnce() {
        String summary = "Working group met, agenda agreed " + UUID.randomUUID();
        String csv = download().assess("II.4", "PE", "substantial", "on-track", summary, "").csv();

        JsonNode first = json(api.postText(SHEET, "text/csv", csv));
        JsonNode second = json(api.postText(SHEET, "text/csv", csv));

        assertThat(first.get("applied").asInt()).isEqualTo(1);
        assertThat(second.get("applied").asInt()).isZero();
        assertThat(json(api.get(commitment("II.4") + "/progress-reports")).get("content").valueStream()
                .filter(r -> r.get("summary").asString().equals(summary))).hasSize(1);
        assertThat(publishedProgress(summary)).hasSize(1);
    }

    @Test
    void importsEverySideOfTheRoadMapInOneUpload() {
        Sheet sheet = download();
        String run = UUID.randomUUID().toString();
        for (int row = 2; row <= sheet.size() + 1; row++) {
            sheet.set(row, "level", "not-started").set(row, "health", "on-track").set(row, "evidence", "")
                    .set(row, "summary", "Baseline of " + run);
        }

        long started = System.nanoTime();
        JsonNode result = json(api.postText(SHEET, "text/csv", sheet.csv()));
        long millis = (System.nanoTime() - started) / 1_000_000;

        System.out.printf("Imported %d rows of the Japan-Peru sheet in %d ms%n", sheet.size(), millis);
        assertThat(result.get("applied").asInt()).isEqualTo(sheet.size());
        assertThat(json(api.get(commitment("IV.1"))).get("level").asString()).isEqualTo("not-started");
    }

    @Test
    void refusesToOverwriteAReportMadeAfterTheSheetWasDownloaded() {
        Sheet downloaded = download();
        api.post(commitment("II.8") + "/progress-reports", """
                {"country": "PE", "organisation": "Ministry of Energy and Mines of Peru (MINEM)",
                 "summary": "Hydrogen roadmap published", "level": "substantial", "health": "on-track"}""",
                "Idempotency-Key", "reported-after-download");
        Sheet edited = downloaded.assess("II.8", "PE", "limited", "at-risk", "Stalled", "");

        HttpResponse<String> imported = api.postText(SHEET, "text/csv", edited.csv());

        assertThat(imported.statusCode()).isEqualTo(400);
        assertThat(json(imported).get("errors").get(0).get("field").asString())
                .isEqualTo("row " + edited.row("II.8", "PE") + " reportedAt");
        assertThat(json(api.get(commitment("II.8"))).get("level").asString()).isEqualTo("substantial");
    }

    @Test
    void answersAnUnknownRoadMapWithNotFound() {
        HttpResponse<String> download = api.get("/api/v1/road-maps/nope/progress.csv");
        HttpResponse<String> upload = api.postText("/api/v1/road-maps/nope/progress.csv", "text/csv", "x");

        assertThat(download.statusCode()).isEqualTo(404);
        assertThat(upload.statusCode()).isEqualTo(404);
        assertThat(upload.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    private List<ConsumerRecord<String, byte[]>> publishedProgress(String summary) {
        String type = EventType.PROGRESS_REPORTED.type();
        try (TopicReader topic = new TopicReader(Topics.COMMITMENTS)) {
            Predicate<ConsumerRecord<String, byte[]>> reports = r ->
                    type.equals(TopicReader.header(r, "ce_type"))
                            && summary.equals(EventJson.tree(new String(r.value())).get("summary").asString());
            topic.readUntil(reports, Duration.ofSeconds(30));
            return topic.readFor(Duration.ofSeconds(2)).stream().filter(reports).toList();
        }
    }
}
