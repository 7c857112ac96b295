package org.roadmap.commitments.spreadsheet;

/**
 * A summary as the sheet compares and stores it: without surrounding blanks and with LF line
 * breaks, so a sheet whose line ends an editor or a spreadsheet program converted still matches.
 */
final class SummaryText {

    private SummaryText() {
    }

    static String normalised(String summary) {
        return summary == null ? "" : summary.replace("\r\n", "\n").replace('\r', '\n').strip();
    }
}
