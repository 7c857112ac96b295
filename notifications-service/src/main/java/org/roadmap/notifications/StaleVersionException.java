package org.roadmap.notifications;

/** A change made on a version that is no longer current (412). */
public class StaleVersionException extends RuntimeException {

    private final long currentVersion;

    public StaleVersionException(String what, String id, long expected, long current) {
        super("The " + what + " " + id + " is at version " + current + ", not " + expected
                + ": someone changed it meanwhile. Read it again and reapply your change.");
        this.currentVersion = current;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
