package org.roadmap.notifications;

/** A recipient, subscription, delivery or inbox item that does not exist (404). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, String id) {
        super("No " + what + " with id " + id + ".");
    }

    protected NotFoundException(String detail) {
        super(detail);
    }
}
