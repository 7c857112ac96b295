package org.roadmap.meetings.series;

import java.util.Arrays;

/** Where an occurrence stands. */
public enum OccurrenceStatus {

    /** Its date comes from the series' recurrence and nobody has confirmed it yet. */
    PLANNED("planned"),
    /** The date is agreed; announced as scheduled. */
    CONFIRMED("confirmed"),
    CANCELLED("cancelled"),
    HELD("held");

    private final String code;

    OccurrenceStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public boolean takesPlace() {
        return this != CANCELLED;
    }

    public static OccurrenceStatus ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("must be one of planned, confirmed, cancelled, held"));
    }
}
