package org.roadmap.commitments.commitment;

/** A change the commitment's rules do not allow, e.g. complete without evidence; names the field at fault. */
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
