package org.roadmap.notifications.alert;

import java.time.Instant;

/**
 * Daily digests come due in the schedule like alerts (an entry {@code digest:<id>} in the slice of their
 * due time) and are sent by the scheduler once every alert due before them has been handled;
 * implemented by the delivery feature.
 */
public interface DueDigests {

    String ENTRY_PREFIX = "digest:";

    /**
     * Sends the digest once it is due.
     *
     * @return true when the digest is done (sent now or before, or gone); false when it is not due yet
     */
    boolean send(String digestId, Instant now);
}
