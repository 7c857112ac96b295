package org.roadmap.platform.aggregate;

/** A change the aggregate's rules do not allow, naming the field at fault; answered 422. */
public class TransitionRefusedException extends RuntimeException {

    private final String field;

    public TransitionRefusedException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
