package org.roadmap.platform.aggregate;

/** A write without If-Match that kept losing to concurrent writers; answered 409, the client may retry. */
public class ConcurrentChangeException extends RuntimeException {

    public ConcurrentChangeException(String what, String id) {
        super("The " + what + " " + id + " is being changed by others right now; retry shortly.");
    }
}
