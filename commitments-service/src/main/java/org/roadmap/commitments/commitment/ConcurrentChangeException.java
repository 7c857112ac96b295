package org.roadmap.commitments.commitment;

/** The commitment kept changing under a write that had no If-Match; the client may simply retry. */
public class ConcurrentChangeException extends RuntimeException {

    ConcurrentChangeException(String id) {
        super("Commitment " + id + " is being changed by others right now; retry shortly.");
    }
}
