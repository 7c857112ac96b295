package org.roadmap.platform.outbox;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Lets a local write wake the relay at once instead of waiting for its next poll; many writes
 * between two passes coalesce into one wake-up.
 */
class OutboxSignal {

    private final Semaphore permits = new Semaphore(0);

    void announce() {
        if (permits.availablePermits() == 0) {
            permits.release();
        }
    }

    void await(Duration atMost) throws InterruptedException {
        if (permits.tryAcquire(atMost.toMillis(), TimeUnit.MILLISECONDS)) {
            permits.drainPermits();
        }
    }
}
