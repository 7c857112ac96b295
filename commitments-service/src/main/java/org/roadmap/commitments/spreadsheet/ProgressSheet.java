package org.roadmap.commitments.spreadsheet;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The file format of a progress sheet: RFC 4180 CSV in UTF-8 with a header row, CRLF after every
 * row, cells quoted only where they hold a comma, a quote or a line break. Reading also takes what
 * spreadsheet programs write besides: a byte order mark, LF line ends, empty rows. Cells that a
 * spreadsheet program would run as formulas are written as text ({@link FormulaCells}).
 */
final class ProgressSheet {

    /** Empty lines are kept so that row numbers stay those a spreadsheet program shows. */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final String SEMICOLONS = "; this file separates cells with semicolons, as spreadsheet programs"
            + " set to some languages do: save it with commas as separators";

    private ProgressSheet() {
    }

    static byte[] write(List<SheetRow> rows) {
        StringBuilder sheet = new StringBuilder();
        try (CSVPrinter printer = FORMAT.print(sheet)) {
            printer.printRecord(SheetRow.COLUMNS);
            for (SheetRow row : rows) {
                printer.printRecord(row.cells().stream().map(FormulaCells::escape).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        return sheet.toString().getBytes(UTF_8);
    }

    /**
     * The rows after the header, each with its spreadsheet row number.
     *
     * @throws InvalidSheetException when the file is not UTF-8 CSV, lacks the header, has a row of
     *                               the wrong width, or has more than {@code maxRows} rows
     */
    static List<SheetRow> read(byte[] file, int maxRows) {
        Iterator<CSVRecord> records = parser(decode(file)).iterator();
        List<SheetRow> rows = new ArrayList<>();
        List<SheetError> errors = new ArrayList<>();
        try {
            CSVRecord first = records.hasNext() ? records.next() : null;
            if (first == null || !header(first)) {
                throw new InvalidSheetException(SheetError.row(1, "must be the header row "
                        + String.join(",", SheetRow.COLUMNS) + (semicolons(first) ? SEMICOLONS : "")));
            }
            while (records.hasNext()) {
                if (errors.size() == SheetError.MAX_ERRORS) {
                    throw new InvalidSheetException(errors, true);
                }
                CSVRecord record = records.next();
                if (rows.size() + errors.size() == maxRows) {
                    throw new InvalidSheetException(SheetError.body("has more than " + maxRows
                            + " rows after the header; split it into several files"));
                }
                int number = Math.toIntExact(record.getRecordNumber());
                List<String> cells = record.toList();
                if (cells.stream().allMatch(String::isBlank)) {
                    rows.add(SheetRow.of(number, Collections.nCopies(SheetRow.COLUMNS.size(), "")));
                } else if (width(cells) != SheetRow.COLUMNS.size()) {
                    errors.add(SheetError.row(number, "has " + width(cells) + " cells; a row has "
                            + SheetRow.COLUMNS.size() + ": " + String.join(",", SheetRow.COLUMNS)));
                } else {
                    rows.add(SheetRow.of(number, cells.stream().map(FormulaCells::unescape).toList()));
                }
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            // Commons CSV reports malformed input (e.g. a quote never closed) this way, naming the line.
            throw new InvalidSheetException(SheetError.body("is not valid CSV: " + message(e)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidSheetException(errors, false);
        }
        return rows;
    }

    private static String decode(byte[] file) {
        String text;
        try {
            text = UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidSheetException(SheetError.body(
                    "is not UTF-8 text; save the sheet as \"CSV UTF-8\" and upload it again"));
        }
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }

    private static CSVParser parser(String text) {
        try {
            return FORMAT.parse(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
    }

    private static boolean header(CSVRecord record) {
        List<String> cells = record.toList();
        return cells.subList(0, width(cells)).stream().map(String::strip).toList().equals(SheetRow.COLUMNS);
    }

    private static boolean semicolons(CSVRecord first) {
        return first != null && first.size() == 1 && first.get(0).contains(";");
    }

    /** Cells up to the last non-empty one: spreadsheet programs pad rows with empty cells. */
    private static int width(List<String> cells) {
        int width = cells.size();
        while (width > SheetRow.COLUMNS.size() && cells.get(width - 1).isEmpty()) {
            width--;
        }
        return width;
    }

    private static String message(RuntimeException e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
