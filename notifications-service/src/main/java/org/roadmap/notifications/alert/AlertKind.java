package org.roadmap.notifications.alert;

/** The step an alert stands for; its message template is named after {@link #code()}. */
public enum AlertKind {

    DEADLINE_AHEAD("deadline-ahead"),
    DEADLINE_OVERDUE("deadline-overdue"),
    MILESTONE_AHEAD("milestone-ahead"),
    MILESTONE_OVERDUE("milestone-overdue"),
    MEETING_AHEAD("meeting-ahead"),
    CADENCE_NO_DATE("cadence-no-date");

    private final String code;

    AlertKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Overdue alerts repeat weekly until the date moves or the commitment is complete. */
    public boolean recurring() {
        return this == DEADLINE_OVERDUE || this == MILESTONE_OVERDUE;
    }
}
