package org.roadmap.meetings.series;

import org.roadmap.platform.messaging.RefusedByRuleException;

/** Input that makes no schedule: an invalid rule, an unknown zone, an end before the start; names the field. */
public class ScheduleRejectedException extends RefusedByRuleException {

    private final String field;

    public ScheduleRejectedException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
