package org.roadmap.commitments.spreadsheet;

import java.util.Arrays;
import java.util.List;

/**
 * One row of a progress sheet: one side of one commitment. Cells are kept as text, exactly as
 * written or read; {@link ProgressSheetImport} decides what they mean.
 *
 * @param number the row number a spreadsheet program shows, the header being row 1; 0 when written
 */
record SheetRow(int number, String reference, String commitmentId, String title, String country,
        String organisation, String level, String health, String summary, String evidence, String reportedAt) {

    /** Column names, in order; the header row of every sheet. */
    static final List<String> COLUMNS = List.of("reference", "commitmentId", "title", "country", "organisation",
            "level", "health", "summary", "evidence", "reportedAt");

    static SheetRow of(int number, List<String> cells) {
        return new SheetRow(number, cells.get(0), cells.get(1), cells.get(2), cells.get(3), cells.get(4), cells.get(5),
                cells.get(6), cells.get(7), cells.get(8), cells.get(9));
    }

    /** The cells in column order; a missing value (none is expected) is written as an empty cell. */
    List<String> cells() {
        return Arrays.asList(reference, commitmentId, title, country, organisation, level, health, summary, evidence,
                reportedAt);
    }

    /** A row a spreadsheet program leaves behind, e.g. after deleting a row's contents. */
    boolean blank() {
        return cells().stream().allMatch(String::isBlank);
    }
}
