package org.roadmap.commitments.spreadsheet;

/**
 * One thing wrong with an uploaded sheet.
 *
 * @param field the cell as a person finds it in a spreadsheet program, e.g. {@code row 7 level};
 *              {@code row 7} for a whole row, {@code body} for the file itself
 */
public record SheetError(String field, String message) {

    /** Checking stops after this many: a wrong file would otherwise answer with thousands. */
    static final int MAX_ERRORS = 100;

    static SheetError cell(int row, String column, String message) {
        return new SheetError("row " + row + " " + column, message);
    }

    static SheetError row(int row, String message) {
        return new SheetError("row " + row, message);
    }

    static SheetError body(String message) {
        return new SheetError("body", message);
    }
}
