package org.roadmap.meetings.series;

/** The series kept changing under a write that had no If-Match; the client may simply retry. */
public class ConcurrentChangeException extends RuntimeException {

    ConcurrentChangeException(String id) {
        super("Meeting series " + id + " is being changed by others right now; retry shortly.");
    }
}
