package org.roadmap.notifications.recipient;

import java.time.LocalTime;

/**
 * Local hours in which a recipient gets no alert, e.g. 22:00 to 07:00 (may wrap midnight).
 *
 * @param from first quiet minute, {@code HH:mm}
 * @param to   first minute after the quiet hours, {@code HH:mm}
 */
public record QuietHours(String from, String to) {

    public LocalTime start() {
        return LocalTime.parse(from);
    }

    public LocalTime end() {
        return LocalTime.parse(to);
    }

    public boolean contains(LocalTime time) {
        LocalTime start = start();
        LocalTime end = end();
        if (start.equals(end)) {
            return false;
        }
        return start.isBefore(end) ? !time.isBefore(start) && time.isBefore(end)
                : !time.isBefore(start) || time.isBefore(end);
    }
}
