package org.roadmap.commitments.spreadsheet.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roadmap.platform.test.ApiClient.json;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.roadmap.platform.test.ApiClient;
import org.roadmap.platform.test.TestUser;

/** An editor's sheet reports only for its organisation's commitments and its own side (docs/adr/0006). */
class ProgressSheetAuthorisationTests extends ProgressSheetIntegration {

    @Test
    void importsAnEditorsRowsOfItsOwnSideOfItsOrganisationsCommitments() {
        ApiClient peru = api.as(TestUser.PE_EDITOR);
        Sheet sheet = Sheet.of(peru.get(SHEET).body())
                .assess("II.12", "PE", "limited", "on-track", "Working-level talks started", "");

        HttpResponse<String> imported = peru.postText(SHEET, "text/csv", sheet.csv());

        assertThat(imported.statusCode()).isEqualTo(200);
        assertThat(json(imported).get("applied").asInt()).isEqualTo(1);
        assertThat(json(api.get(commitment("II.12") + "/progress-reports")).get("content").get(0).get("reportedBy").asString())
                .isEqualTo("Lucía Quispe (pe-editor)");
    }

    @Test
    void refusesAnEditorsSheetWithRowsItDoesNotAnswerForNamingThemAndImportsNothing() {
        ApiClient peru = api.as(TestUser.PE_EDITOR);
        String before = api.get(SHEET).body();
        Sheet sheet = Sheet.of(before)
                .assess("II.16", "PE", "limited", "on-track", "Own row", "")
                .assess("II.16", "JP", "limited", "on-track", "Japan's side", "")
                .assess("II.1", "PE", "limited", "on-track", "Not MRE's commitment", "");

        HttpResponse<String> refused = peru.postText(SHEET, "text/csv", sheet.csv());

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(json(refused).get("detail").asString()).contains("(II.16, JP)", "(II.1, PE)")
                .doesNotContain("(II.16, PE)");
        assertThat(api.get(SHEET).body()).isEqualTo(before);
    }

    @Test
    void refusesReadersUploadsAndLeavesRestrictedRowsOutOfIntegratorsDownloads() {
        String sheet = api.get(SHEET).body();

        assertThat(api.as(TestUser.STAFF_READER).postText(SHEET, "text/csv", sheet).statusCode()).isEqualTo(403);
        assertThat(Sheet.of(api.as(TestUser.INTEGRATOR).get(SHEET).body()).column("reference"))
                .contains("V.4").doesNotContain("V.5", "V.6", "V.7");
    }
}
