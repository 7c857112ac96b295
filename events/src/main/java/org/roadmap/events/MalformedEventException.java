package org.roadmap.events;

/**
 * A record that can never be processed, however often it is retried: consumers send it to the
 * dead-letter topic at once.
 */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message) {
        super(message);
    }

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
