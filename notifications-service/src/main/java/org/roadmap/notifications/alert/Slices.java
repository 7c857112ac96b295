package org.roadmap.notifications.alert;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The schedule's due-time index: each alert id sits in one "slice" document, keyed by the UTC
 * hour it is due in and one of {@value #PER_HOUR} shards of that hour. Finding what is due is a
 * handful of look-ups by {@code _id} (the only fast query on the embedded MongoDB-wire server).
 * One replica at a time fires (the scheduler's lease), so an alert is fired by one replica only.
 */
final class Slices {

    static final String COLLECTION = "alert_slices";
    static final int PER_HOUR = 8;
    /** Incremented by every change of a slice's entries, so the scheduler can rewrite them when nobody else did. */
    static final String VERSION = "v";

    private Slices() {
    }

    static Instant hourOf(Instant instant) {
        return instant.truncatedTo(ChronoUnit.HOURS);
    }

    static String id(Instant hour, int shard) {
        return hour.toString().substring(0, 13) + "|" + shard;
    }

    static String of(Instant due, String alertId) {
        return id(hourOf(due), Math.floorMod(alertId.hashCode(), PER_HOUR));
    }
}
