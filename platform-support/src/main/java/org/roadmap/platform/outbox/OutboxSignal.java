package org.roadmap.platform.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * What local writes tell the relay: which documents just got events. The relay publishes those
 * at once by id, instead of waiting for its next sweep, which on a server without secondary
 * indexes scans the whole collection. Many writes between two rounds coalesce into one wake-up.
 */
class OutboxSignal {

    /** A document with pending events. */
    record Written(String collection, Object id) {
    }

    private final Queue<Written> written = new ConcurrentLinkedQueue<>();
    private volatile Runnable wake = () -> {
    };

    /** What to call when a write announces events: the relay's wake-up. */
    void onAnnounce(Runnable wake) {
        this.wake = wake;
    }

    void announce(String collection, Object id) {
        written.add(new Written(collection, id));
        wake.run();
    }

    List<Written> drain() {
        List<Written> drained = new ArrayList<>();
        for (Written next = written.poll(); next != null; next = written.poll()) {
            drained.add(next);
        }
        return drained;
    }
}
