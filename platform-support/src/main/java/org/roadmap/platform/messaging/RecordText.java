package org.roadmap.platform.messaging;

/**
 * Text that came with a record (its key, an id from its event, what reading it failed on), made fit for one line of
 * a log: each control character written as a backslash, {@code u} and its four hex digits, so a record cannot end a
 * line and forge the next. Anything else is left as it is.
 */
public final class RecordText {

    private RecordText() {
    }

    public static String printable(String text) {
        if (text == null || text.chars().noneMatch(RecordText::isControl)) {
            return text;
        }
        StringBuilder line = new StringBuilder(text.length() + 16);
        text.chars().forEach(c -> line.append(isControl(c) ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return line.toString();
    }

    private static boolean isControl(int c) {
        return c < 0x20 || c == 0x7F;
    }
}
