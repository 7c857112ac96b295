package org.roadmap.notifications.alert;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Component;

/**
 * Cuts this replica's wait between two passes of the firing loop short when planning produced an
 * alert that is due already, so it goes out now rather than at the next poll. A wake-up given while
 * a pass runs is kept for the next wait, so none is lost; the poll interval stays the upper bound.
 */
@Component
class FiringLoopWakeUp {

    private final Object lock = new Object();
    private boolean requested;

    void wake() {
        synchronized (lock) {
            requested = true;
            lock.notifyAll();
        }
    }

    /** Waits until woken or {@code atMost} has passed, whichever comes first. */
    void await(Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        synchronized (lock) {
            long left;
            while (!requested && (left = deadline - System.nanoTime()) > 0) {
                TimeUnit.NANOSECONDS.timedWait(lock, left);
            }
            requested = false;
        }
    }
}
