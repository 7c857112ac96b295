package org.roadmap.commitments.spreadsheet.web;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/** A downloaded progress sheet as a person edits it in a spreadsheet program: cells by row number and column. */
public final class Sheet {

    private final List<List<String>> rows;

    private Sheet(List<List<String>> rows) {
        this.rows = rows;
    }

    public static Sheet of(String csv) {
        try {
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord record : CSVFormat.RFC4180.parse(new StringReader(csv))) {
                rows.add(new ArrayList<>(record.toList()));
            }
            return new Sheet(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Data rows, without the header. */
    int size() {
        return rows.size() - 1;
    }

    /** The spreadsheet row number (header = 1) of a commitment's side. */
    int row(String reference, String country) {
        for (int i = 1; i < rows.size(); i++) {
            if (rows.get(i).get(0).equals(reference) && rows.get(i).get(3).equals(country)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("No row for " + country + " on " + reference);
    }

    String get(int row, String column) {
        return rows.get(row - 1).get(index(column));
    }

    List<String> column(String column) {
        int index = index(column);
        return rows.stream().skip(1).map(r -> r.get(index)).toList();
    }

    Sheet set(int row, String column, String value) {
        rows.get(row - 1).set(index(column), value);
        return this;
    }

    public Sheet assess(String reference, String country, String level, String health, String summary, String evidence) {
        int row = row(reference, country);
        return set(row, "level", level).set(row, "health", health).set(row, "summary", summary)
                .set(row, "evidence", evidence);
    }

    Sheet append(List<String> row) {
        rows.add(new ArrayList<>(row));
        return this;
    }

    List<String> cells(int row) {
        return List.copyOf(rows.get(row - 1));
    }

    public String csv() {
        StringBuilder csv = new StringBuilder();
        try (CSVPrinter printer = CSVFormat.RFC4180.print(csv)) {
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return csv.toString();
    }

    private int index(String name) {
        int index = rows.get(0).indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("No column " + name);
        }
        return index;
    }
}
