package org.roadmap.platform.aggregate;

/** A change made on a version that is no longer the current one; answered 412 with the current ETag. */
public class StaleVersionException extends RuntimeException {

    private final long currentVersion;

    /** @param what the aggregate as users name it, e.g. "commitment" */
    public StaleVersionException(String what, String id, long expected, long currentVersion) {
        super("The " + what + " " + id + " is at version " + currentVersion + ", not " + expected
                + ": someone changed it meanwhile. Read it again, then reapply your change.");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
