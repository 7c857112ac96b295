package org.roadmap.commitments.roadmap;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads road map documents in the layout of "The World and Japan" database: {@code [Field] value}
 * header lines, {@code [Full text]}, then pillar headings such as {@code II. ECONOMIC PILLAR}
 * followed by numbered items, numbering restarting in each pillar. Copes with what real
 * documents do: CRLF line ends, a byte-order mark, stray whitespace, and an item's paragraph
 * split across blank lines (item II.1 of the Japan–Peru Road Map).
 */
public final class RoadMapText {

    private static final Pattern HEADER = Pattern.compile("^\\[([A-Za-z ]+)]\\s*(.*)$");
    private static final Pattern PILLAR = Pattern.compile("^([IVXL]{1,6})\\.\\s+(\\S.*)$");
    private static final Pattern ITEM = Pattern.compile("^(\\d{1,3})\\.\\s+(\\S.*)$");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);
    private static final int MAX_LENGTH = 2_000_000;

    private RoadMapText() {
    }

    public static RoadMapDocument parse(String text) {
        if (text == null || text.isBlank()) {
            throw new RoadMapDocumentException(0, "the document is empty");
        }
        if (text.length() > MAX_LENGTH) {
            throw new RoadMapDocumentException(0, "the document is longer than " + MAX_LENGTH + " characters");
        }
        String[] lines = text.replace("\uFEFF", "").replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        Map<String, String> header = new LinkedHashMap<>();
        int index = readHeader(lines, header);
        StringBuilder preamble = new StringBuilder();
        List<PillarDraft> pillars = new ArrayList<>();
        for (int i = index; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher pillar = PILLAR.matcher(line);
            Matcher item = ITEM.matcher(line);
            if (pillar.matches() && isHeading(pillar.group(2))) {
                pillars.add(new PillarDraft(pillar.group(1), RomanNumerals.value(pillar.group(1)),
                        pillar.group(2).strip(), i + 1));
            } else if (item.matches() && !pillars.isEmpty()) {
                last(pillars).addItem(Integer.parseInt(item.group(1)), item.group(2), i + 1);
            } else if (pillars.isEmpty()) {
                append(preamble, line);
            } else if (last(pillars).items.isEmpty()) {
                throw new RoadMapDocumentException(i + 1, "text under pillar " + last(pillars).numeral
                        + " before its first numbered item");
            } else {
                last(last(pillars).items).continueWith(line);
            }
        }
        return document(header, preamble.toString(), pillars);
    }

    private static int readHeader(String[] lines, Map<String, String> header) {
        for (int i = 0; i < lines.length; i++) {
            Matcher field = HEADER.matcher(lines[i].strip());
            if (field.matches()) {
                String name = field.group(1).strip().toLowerCase(Locale.ROOT);
                if (name.equals("full text")) {
                    return i + 1;
                }
                header.put(name, field.group(2).strip());
            }
        }
        return 0;
    }

    private static RoadMapDocument document(Map<String, String> header, String preamble, List<PillarDraft> drafts) {
        if (drafts.isEmpty()) {
            throw new RoadMapDocumentException(0, "no pillar heading such as 'I. POLITICAL-DIPLOMATIC PILLAR' found");
        }
        String title = header.get("title");
        if (title == null || title.isBlank()) {
            throw new RoadMapDocumentException(0, "no [Title] header field");
        }
        List<RoadMapDocument.Pillar> pillars = new ArrayList<>();
        for (int p = 0; p < drafts.size(); p++) {
            PillarDraft draft = drafts.get(p);
            if (draft.number != p + 1) {
                throw new RoadMapDocumentException(draft.line, "pillar " + draft.numeral + " where pillar "
                        + RomanNumerals.of(p + 1) + " was expected");
            }
            if (draft.items.isEmpty()) {
                throw new RoadMapDocumentException(draft.line, "pillar " + draft.numeral + " has no numbered items");
            }
            pillars.add(draft.build());
        }
        return new RoadMapDocument(title, header.get("place"), date(header.get("date")), header.get("source"),
                preamble, List.copyOf(pillars));
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip(), DATE);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException again) {
                throw new RoadMapDocumentException(0, "[Date] '" + value + "' is neither 'November 17, 2024' nor 2024-11-17");
            }
        }
    }

    /** A pillar heading is upper case, e.g. {@code V. DEFENSE AND SECURITY PILLAR}. */
    private static boolean isHeading(String title) {
        return title.chars().anyMatch(Character::isLetter) && title.equals(title.toUpperCase(Locale.ROOT));
    }

    private static void append(StringBuilder text, String line) {
        if (!text.isEmpty()) {
            text.append(' ');
        }
        text.append(line);
    }

    private static <T> T last(List<T> list) {
        return list.get(list.size() - 1);
    }

    private static final class PillarDraft {

        private final String numeral;
        private final int number;
        private final String title;
        private final int line;
        private final List<ItemDraft> items = new ArrayList<>();

        PillarDraft(String numeral, int number, String title, int line) {
            this.numeral = numeral;
            this.number = number;
            this.title = title;
            this.line = line;
        }

        void addItem(int itemNumber, String text, int itemLine) {
            int expected = items.size() + 1;
            if (itemNumber != expected) {
                throw new RoadMapDocumentException(itemLine, "item " + numeral + "." + itemNumber + " where item "
                        + numeral + "." + expected + " was expected");
            }
            items.add(new ItemDraft(itemNumber, text));
        }

        RoadMapDocument.Pillar build() {
            return new RoadMapDocument.Pillar(numeral, number, title, items.stream()
                    .map(item -> new RoadMapDocument.Item(numeral + "." + item.number, item.number,
                            item.text.toString()))
                    .toList());
        }
    }

    private static final class ItemDraft {

        private final int number;
        private final StringBuilder text;

        ItemDraft(int number, String text) {
            this.number = number;
            this.text = new StringBuilder(text.strip());
        }

        void continueWith(String line) {
            append(text, line);
        }
    }
}
