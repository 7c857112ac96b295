package org.roadmap.meetings.series;

/** A change the series' rules do not allow, e.g. holding a cancelled meeting or moving the past; names the field. */
public class TransitionRefusedException extends RuntimeException {

    private final String field;

    TransitionRefusedException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
