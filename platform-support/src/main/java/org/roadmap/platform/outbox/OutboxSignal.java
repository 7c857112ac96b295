package org.roadmap.platform.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * What local writes tell the relay: which documents just got events. The relay publishes those
 * at once by id, instead of waiting for its next sweep, which on a server without secondary
 * indexes scans the whole collection. Many writes between two passes coalesce into one wake-up.
 */
class OutboxSignal {

    /** A document with pending events. */
    record Written(String collection, Object id) {
    }

    private final Semaphore permits = new Semaphore(0);
    private final Queue<Written> written = new ConcurrentLinkedQueue<>();

    void announce(String collection, Object id) {
        written.add(new Written(collection, id));
        if (permits.availablePermits() == 0) {
            permits.release();
        }
    }

    /** Waits until a write is announced or {@code atMost} passes. */
    void await(Duration atMost) throws InterruptedException {
        if (!atMost.isNegative() && permits.tryAcquire(atMost.toMillis(), TimeUnit.MILLISECONDS)) {
            permits.drainPermits();
        }
    }

    List<Written> drain() {
        List<Written> drained = new ArrayList<>();
        for (Written next = written.poll(); next != null; next = written.poll()) {
            drained.add(next);
        }
        return drained;
    }
}
