package org.roadmap.commitments.spreadsheet;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.junit.jupiter.api.Test;

class ProgressSheetFormatTests {

    private static final String HEADER = String.join(",", SheetRow.COLUMNS);
    private static final SheetRow PERU = new SheetRow(0, "III.1", "c-1", "Review of past cooperation", "PE",
            "Ministry of Foreign Affairs of Peru", "limited", "at-risk", "Data from two agencies, \"pending\"\nsoon",
            "https://example.org/a https://example.org/b", "2025-03-01T10:15:30.123Z");

    @Test
    void writesRfc4180WithCrlfAndQuotesOnlyWhereNeeded() {
        String sheet = new String(ProgressSheet.write(List.of(PERU)), UTF_8);

        assertThat(sheet).isEqualTo(HEADER + "\r\n"
                + "III.1,c-1,Review of past cooperation,PE,Ministry of Foreign Affairs of Peru,limited,at-risk,"
                + "\"Data from two agencies, \"\"pending\"\"\nsoon\","
                + "https://example.org/a https://example.org/b,2025-03-01T10:15:30.123Z\r\n");
    }

    @Test
    void writesCellsThatWouldRunAsFormulasAsText() {
        SheetRow typed = new SheetRow(0, "III.1", "c-1", "=HYPERLINK(\"https://evil.example\",\"Open\")", "PE",
                "@SUM(A1:A9)", "+1", "-2", "\tcmd", "\rcmd", "'=already quoted");

        String sheet = new String(ProgressSheet.write(List.of(typed)), UTF_8);

        assertThat(sheet.split("\r\n")[1]).isEqualTo(
                "III.1,c-1,\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"Open\"\")\",PE,'@SUM(A1:A9),'+1,'-2,"
                        + "'\tcmd,\"'\rcmd\",''=already quoted");
        assertThat(ProgressSheet.read(ProgressSheet.write(List.of(typed)), 10).get(0).cells())
                .isEqualTo(typed.cells());
    }

    @Test
    void leavesTextThatStartsWithAQuoteButNoFormulaAsTyped() {
        SheetRow typed = new SheetRow(0, "III.1", "c-1", "'quoted' title", "PE", "o", "", "", "s", "", "");

        assertThat(new String(ProgressSheet.write(List.of(typed)), UTF_8)).contains(",'quoted' title,");
        assertThat(ProgressSheet.read(ProgressSheet.write(List.of(typed)), 10).get(0).title()).isEqualTo("'quoted' title");
    }

    @Test
    void readsBackWhatItWroteNumberingRowsAsASpreadsheetDoes() {
        List<SheetRow> rows = ProgressSheet.read(ProgressSheet.write(List.of(PERU, PERU)), 10);

        assertThat(rows).extracting(SheetRow::number).containsExactly(2, 3);
        assertThat(rows.get(0).cells()).isEqualTo(PERU.cells());
    }

    @Test
    void acceptsAByteOrderMarkLfLineEndsAndPaddedRows() {
        String sheet = "\uFEFF" + HEADER + ",,\n" + "III.1,c-1,t,PE,o,limited,at-risk,s,,,,\n\n" + "III.2,c-2,t,JP,o,,,,,\n";

        List<SheetRow> rows = ProgressSheet.read(sheet.getBytes(UTF_8), 10);

        assertThat(rows).extracting(SheetRow::number).containsExactly(2, 3, 4);
        assertThat(rows.get(0).level()).isEqualTo("limited");
        assertThat(rows.get(1).blank()).isTrue();
        assertThat(rows.get(2).reference()).isEqualTo("III.2");
    }

    @Test
    void refusesAWrongHeaderAsRowOne() {
        assertThat(errors("reference,id,title\r\n")).containsExactly("row 1");
        assertThat(errors("")).containsExactly("row 1");
    }

    @Test
    void explainsASheetSavedWithSemicolons() {
        InvalidSheetException e = refusal(HEADER.replace(',', ';') + "\r\n", 10);

        assertThat(e.errors().get(0).message()).contains("semicolons");
    }

    @Test
    void namesEveryRowOfTheWrongWidth() {
        assertThat(errors(HEADER + "\r\nIII.1,c-1\r\nIII.1,c-1,t,PE,o,limited,at-risk,s,,,extra\r\n"))
                .containsExactly("row 2", "row 3");
    }

    @Test
    void refusesMoreRowsThanTheLimit() {
        assertThat(errors(HEADER + "\r\n" + ",,,,,,,,,\r\n".repeat(4), 3)).containsExactly("body");
    }

    @Test
    void refusesAQuoteNeverClosed() {
        InvalidSheetException e = refusal(HEADER + "\r\nIII.1,c-1,\"open,PE,o,,,,,\r\n", 10);

        assertThat(e.errors().get(0).field()).isEqualTo("body");
        assertThat(e.errors().get(0).message()).startsWith("is not valid CSV");
    }

    @Test
    void refusesTextThatIsNotUtf8() {
        byte[] latin1 = (HEADER + "\r\nIII.1,c-1,Perú,PE,o,,,,,\r\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

        InvalidSheetException e = catchThrowableOfType(InvalidSheetException.class, () -> ProgressSheet.read(latin1, 10));

        assertThat(e.errors().get(0).message()).contains("UTF-8");
    }

    private static List<String> errors(String sheet) {
        return errors(sheet, 10);
    }

    private static List<String> errors(String sheet, int maxRows) {
        return refusal(sheet, maxRows).errors().stream().map(SheetError::field).toList();
    }

    private static InvalidSheetException refusal(String sheet, int maxRows) {
        InvalidSheetException e = catchThrowableOfType(InvalidSheetException.class,
                () -> ProgressSheet.read(sheet.getBytes(UTF_8), maxRows));
        assertThat(e).as("refused").isNotNull();
        return e;
    }
}
