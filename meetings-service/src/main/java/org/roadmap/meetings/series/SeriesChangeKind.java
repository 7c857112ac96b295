package org.roadmap.meetings.series;

import org.roadmap.platform.aggregate.ChangeKind;

/** What a change to a meeting series can be; the codes are what its history stores. */
public enum SeriesChangeKind implements ChangeKind {

    CREATED("created"),
    /** its settings, from now on (or, moving one meeting with all later ones, from that meeting on) */
    CHANGED("changed"),
    /** a meeting got a date: scheduled by hand or confirmed */
    OCCURRENCE_SCHEDULED("occurrence-scheduled"),
    OCCURRENCE_RESCHEDULED("occurrence-rescheduled"),
    OCCURRENCE_CANCELLED("occurrence-cancelled"),
    OCCURRENCE_HELD("occurrence-held"),
    CADENCE_PERIOD_AT_RISK("cadence-period-at-risk"),
    /** a meeting its rule plans, told to the other services ahead of it */
    OCCURRENCE_ANNOUNCED("occurrence-announced"),
    /** a meeting announced that the rule no longer plans */
    OCCURRENCE_WITHDRAWN("occurrence-withdrawn");

    private final String code;

    SeriesChangeKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
