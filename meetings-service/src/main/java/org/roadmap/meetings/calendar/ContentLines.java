package org.roadmap.meetings.calendar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * iCalendar text written line by line (RFC 5545 §3.1): every content line ends with CRLF and is
 * folded before it passes 75 octets, never inside a UTF-8 sequence; TEXT values are escaped
 * (§3.3.11); date-times are written as local time with their zone's TZID, or in UTC.
 * <p>
 * Written by hand rather than through ical4j's object model, which spends most of a large feed
 * formatting each date-time's zone (a feed of 1,000 series took seconds).
 */
final class ContentLines {

    private static final int MAX_OCTETS = 75;

    private final StringBuilder text = new StringBuilder(1 << 16);
    /** The content line being written, folded into {@link #text} when it ends. */
    private final StringBuilder line = new StringBuilder(128);

    ContentLines begin(String component) {
        return property("BEGIN", component);
    }

    ContentLines end(String component) {
        return property("END", component);
    }

    /** A property whose value is written as given ({@code name} may carry parameters: {@code NAME;VALUE=DURATION}). */
    ContentLines property(String name, String value) {
        line.append(name).append(':').append(value);
        return endLine();
    }

    /** A property of value type TEXT: backslash, semicolon, comma and line breaks escaped. */
    ContentLines text(String name, String value) {
        line.append(name).append(':');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\', ';', ',' -> line.append('\\').append(c);
                case '\n' -> line.append("\\n");
                case '\r' -> {
                    line.append("\\n");
                    if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                default -> line.append(c);
            }
        }
        return endLine();
    }

    /** A date-time as local time in its zone: {@code DTSTART;TZID=Asia/Tokyo:20270916T100000}. */
    ContentLines dateTime(String name, ZonedDateTime time) {
        line.append(name).append(";TZID=").append(time.getZone().getId()).append(':');
        appendLocal(time.toLocalDateTime());
        return endLine();
    }

    /** Several local date-times in one zone: {@code EXDATE;TZID=Asia/Tokyo:20270916T100000,20290916T100000}. */
    ContentLines dateTimes(String name, ZoneId zone, List<LocalDateTime> times) {
        line.append(name).append(";TZID=").append(zone.getId()).append(':');
        for (int i = 0; i < times.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            appendLocal(times.get(i));
        }
        return endLine();
    }

    /** A date-time in UTC: {@code DTSTAMP:20260601T000000Z}. */
    ContentLines utc(String name, Instant time) {
        line.append(name).append(':');
        appendLocal(LocalDateTime.ofInstant(time, ZoneOffset.UTC));
        line.append('Z');
        return endLine();
    }

    /** Content lines written elsewhere, one per CRLF or LF, each folded here. */
    ContentLines lines(String written) {
        for (String each : written.split("\r?\n")) {
            if (!each.isEmpty()) {
                line.append(each);
                endLine();
            }
        }
        return this;
    }

    /** Everything written so far. */
    String text() {
        return text.toString();
    }

    ContentLines append(ContentLines other) {
        text.append(other.text);
        return this;
    }

    /** {@code yyyyMMdd'T'HHmmss}, written digit by digit: a feed has tens of thousands of them. */
    private void appendLocal(LocalDateTime time) {
        digits(time.getYear(), 4);
        digits(time.getMonthValue(), 2);
        digits(time.getDayOfMonth(), 2);
        line.append('T');
        digits(time.getHour(), 2);
        digits(time.getMinute(), 2);
        digits(time.getSecond(), 2);
    }

    private void digits(int value, int width) {
        String number = Integer.toString(value);
        for (int i = number.length(); i < width; i++) {
            line.append('0');
        }
        line.append(number);
    }

    /** Moves the line to the text, folded: a CRLF and a space before the octet that would pass 75. */
    private ContentLines endLine() {
        if (fitsOneLine()) {
            text.append(line).append("\r\n");
            line.setLength(0);
            return this;
        }
        int octets = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            int size = c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isHighSurrogate(c) ? 4 : 3;
            if (octets + size > MAX_OCTETS) {
                text.append("\r\n ");
                octets = 1;
            }
            text.append(c);
            if (size == 4 && i + 1 < line.length()) {
                text.append(line.charAt(++i));
            }
            octets += size;
        }
        text.append("\r\n");
        line.setLength(0);
        return this;
    }

    /** Most lines are short ASCII: those are moved whole. */
    private boolean fitsOneLine() {
        if (line.length() > MAX_OCTETS) {
            return false;
        }
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
