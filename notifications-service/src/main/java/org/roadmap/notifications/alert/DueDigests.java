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
     * Sends the digest if no one else is sending it.
     *
     * @return true when the digest is done (sent now or before, or gone); false when another replica holds it
     */
    boolean send(String digestId, Instant now);
}
