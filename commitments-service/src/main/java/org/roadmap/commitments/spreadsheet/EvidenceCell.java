package org.roadmap.commitments.spreadsheet;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The evidence cell: links separated by a single space. A stored link may contain whitespace
 * (the REST API accepts it), which would split it in two on the way back, so whitespace inside a
 * link is written percent-encoded and compared that way.
 */
final class EvidenceCell {

    /** Exactly the characters {@link #SEPARATOR} splits on, and so the ones a link must not contain. */
    private static final String WHITESPACE = " \t\n\u000B\f\r";
    private static final Pattern SEPARATOR = Pattern.compile("[" + WHITESPACE + "]+");

    private EvidenceCell() {
    }

    static String write(List<String> links) {
        return String.join(" ", normalised(links));
    }

    static List<String> read(String cell) {
        String links = cell.strip();
        return links.isEmpty() ? List.of() : List.of(SEPARATOR.split(links));
    }

    static List<String> normalised(List<String> links) {
        return links.stream().map(EvidenceCell::encodeWhitespace).toList();
    }

    private static String encodeWhitespace(String link) {
        StringBuilder encoded = new StringBuilder(link.length());
        link.strip().codePoints().forEach(c -> {
            if (WHITESPACE.indexOf(c) >= 0) {
                encoded.append(String.format("%%%02X", c));
            } else {
                encoded.appendCodePoint(c);
            }
        });
        return encoded.toString();
    }
}
