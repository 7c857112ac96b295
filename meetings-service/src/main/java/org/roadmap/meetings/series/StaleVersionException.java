package org.roadmap.meetings.series;

/** The client changed a version of the series that is no longer the current one. */
public class StaleVersionException extends RuntimeException {

    private final long currentVersion;

    StaleVersionException(String id, long expected, long currentVersion) {
        super("Meeting series " + id + " is at version " + currentVersion + ", not " + expected
                + ": someone changed it meanwhile. Read it again, then reapply your change.");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
