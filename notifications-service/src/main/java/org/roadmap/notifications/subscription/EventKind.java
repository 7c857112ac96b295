package org.roadmap.notifications.subscription;

import java.util.Arrays;

/** What a subscription can ask to be alerted about. */
public enum EventKind {

    /** a commitment's due date ahead, and overdue */
    DEADLINE("deadline"),
    /** a milestone's planned date ahead, and overdue */
    MILESTONE("milestone"),
    /** a meeting ahead */
    MEETING("meeting"),
    /** a cadence period (e.g. the year of an annual meeting) with no meeting date set */
    CADENCE("cadence");

    private final String code;

    EventKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** @throws IllegalArgumentException for an unknown kind */
    public static EventKind ofCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("must be one of deadline, milestone, meeting, cadence"));
    }
}
