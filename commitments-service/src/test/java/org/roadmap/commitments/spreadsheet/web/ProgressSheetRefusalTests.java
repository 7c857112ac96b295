package org.roadmap.commitments.spreadsheet.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.roadmap.platform.test.ApiClient.json;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.roadmap.commitments.commitment.CommitmentMother;

import tools.jackson.databind.JsonNode;

/** Bad sheets: refused whole with a 400 problem naming each bad cell, never a 500, nothing applied. */
class ProgressSheetRefusalTests extends ProgressSheetIntegration {

    @Test
    void refusesTheWholeSheetNamingEveryBadCellAndAppliesNothing() {
        Sheet sheet = download();
        String good = "Should not be applied " + UUID.randomUUID();
        sheet.assess("I.4", "PE", "limited", "on-track", good, "");
        int level = sheet.row("I.5", "JP");
        int health = sheet.row("I.5", "PE");
        sheet.assess("I.5", "JP", "halfway", "on-track", "Started", "");
        sheet.assess("I.5", "PE", "limited", "fine", "Started", "");

        JsonNode problem = refused(sheet.csv());

        assertThat(fields(problem)).containsExactly("row " + level + " level", "row " + health + " health");
        assertThat(problem.get("errors").get(0).get("message").asString()).contains("limited");
        assertThat(json(api.get(commitment("I.4") + "/progress-reports")).get("content").valueStream()
                .filter(r -> r.get("summary").asString().equals(good))).isEmpty();
    }

    @Test
    void refusesAnUnknownCommitmentId() {
        Sheet sheet = download();
        int row = sheet.row("I.6", "JP");

        assertThat(fields(refused(sheet.set(row, "commitmentId", "no-such-commitment").csv())))
                .containsExactly("row " + row + " commitmentId");
    }

    @Test
    void refusesAReferenceThatIsNotTheCommitments() {
        Sheet sheet = download();
        int row = sheet.row("I.6", "JP");

        JsonNode problem = refused(sheet.set(row, "reference", "I.7").csv());

        assertThat(fields(problem)).containsExactly("row " + row + " reference");
        assertThat(problem.get("errors").get(0).get("message").asString()).contains("I.6");
    }

    @Test
    void refusesACommitmentOfAnotherRoadMap() {
        String otherRoadMap = "other-" + UUID.randomUUID().toString().substring(0, 8);
        String foreign = json(api.post("/api/v1/commitments", CommitmentMother.reportWithinOneYear(otherRoadMap)))
                .get("id").asString();
        Sheet sheet = download();
        int row = sheet.row("III.1", "PE");

        JsonNode problem = refused(sheet.set(row, "commitmentId", foreign).csv());

        assertThat(fields(problem)).containsExactly("row " + row + " commitmentId");
        assertThat(problem.get("errors").get(0).get("message").asString()).contains(otherRoadMap);
    }

    @Test
    void refusesACountryWithoutAResponsibleEntity() {
        Sheet sheet = download();
        int chile = sheet.row("I.6", "PE");
        int japanOnly = sheet.row("V.5", "JP");
        sheet.set(chile, "country", "CL");
        sheet.set(japanOnly, "country", "PE");

        assertThat(fields(refused(sheet.csv())))
                .containsExactly("row " + chile + " country", "row " + japanOnly + " country");
    }

    @Test
    void refusesEvidenceThatIsNotAWebLinkAndCompleteWithoutEvidence() {
        Sheet sheet = download();
        int file = sheet.row("II.1", "JP");
        int none = sheet.row("II.1", "PE");
        sheet.assess("II.1", "JP", "substantial", "on-track", "See the file", "https://ok.example/a file:///etc/passwd");
        sheet.assess("II.1", "PE", "complete", "on-track", "Done", "");

        JsonNode problem = refused(sheet.csv());

        assertThat(fields(problem)).containsExactly("row " + file + " evidence", "row " + none + " evidence");
        assertThat(problem.get("errors").get(0).get("message").asString()).contains("file:///etc/passwd");
    }

    @Test
    void refusesALevelWithoutSummaryAndASideTwiceInOneSheet() {
        Sheet sheet = download();
        int blank = sheet.row("II.2", "JP");
        sheet.assess("II.2", "JP", "limited", "on-track", " ", "");
        sheet.assess("II.2", "PE", "limited", "on-track", "Started", "");
        sheet.append(sheet.cells(sheet.row("II.2", "PE")));

        assertThat(fields(refused(sheet.csv())))
                .containsExactly("row " + blank + " summary", "row " + (sheet.size() + 1) + " country");
    }

    @Test
    void refusesAWrongHeaderAsRowOne() {
        String csv = api.get(SHEET).body().replaceFirst("commitmentId,title", "title,commitmentId");

        assertThat(fields(refused(csv))).containsExactly("row 1");
    }

    @Test
    void refusesAFileOfTheWrongShape() {
        assertThat(fields(refused(api.get(SHEET).body() + "I.1,only-two\r\n"))).hasSize(1).first().asString()
                .startsWith("row ");
        assertThat(fields(refused(api.get(SHEET).body() + "I.1,\"never closed\r\n"))).containsExactly("body");
        byte[] latin1 = (api.get(SHEET).body() + "I.1,x,Perú,PE,,,,,,\r\n").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(fields(problem(api.postBytes(SHEET, "text/csv", latin1)))).containsExactly("body");
    }

    @Test
    void refusesTooManyRows() {
        String header = api.get(SHEET).body().lines().findFirst().orElseThrow();
        String csv = header + "\r\n" + ",,,,,,,,,\r\n".repeat(5_001);

        JsonNode problem = refused(csv);

        assertThat(fields(problem)).containsExactly("body");
        assertThat(problem.get("errors").get(0).get("message").asString()).contains("5000");
    }

    @Test
    void refusesASheetOverFourMegabytesBeforeReadingIt() {
        String csv = api.get(SHEET).body() + ",".repeat(4 * 1024 * 1024);

        HttpResponse<String> response = api.postText(SHEET, "text/csv", csv);
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json(response).get("type").asString()).isEqualTo("/problems/request-too-large");
    }

    @Test
    void acceptsAByteOrderMarkAndLfLineEnds() {
        String summary = "Saved by a spreadsheet program " + UUID.randomUUID();
        String csv = download().assess("II.5", "JP", "limited", "on-track", summary, "").csv().replace("\r\n", "\n");
        byte[] withBom = ("\uFEFF" + csv).getBytes(UTF_8);

        HttpResponse<String> response = api.postBytes(SHEET, "text/csv", withBom);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("applied").asInt()).isEqualTo(1);
    }

    @Test
    void refusesOtherMediaTypes() {
        HttpResponse<String> response = api.post(SHEET, "{\"rows\": []}");

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    private JsonNode refused(String csv) {
        return problem(api.postText(SHEET, "text/csv", csv));
    }

    private static JsonNode problem(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        return json(response);
    }

    private static List<String> fields(JsonNode problem) {
        return problem.get("errors").valueStream().map(e -> e.get("field").asString()).toList();
    }
}
