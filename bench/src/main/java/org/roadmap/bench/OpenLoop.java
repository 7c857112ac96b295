package org.roadmap.bench;

import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * Offered load on a fixed schedule: the i-th request is sent at {@code start + i / rate}, whether or not
 * earlier ones have been answered, so a slow system cannot slow the load down and hide its own latency.
 * {@code send} must not block (it hands the request over and returns).
 */
final class OpenLoop {

    private OpenLoop() {
    }

    /** @return the start (System.nanoTime); request i was due at {@link #dueAt} */
    static long run(double perSecond, int count, IntConsumer send) {
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long due = dueAt(start, perSecond, i);
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            send.accept(i);
        }
        return start;
    }

    static long dueAt(long start, double perSecond, int i) {
        return start + (long) (i * 1e9 / perSecond);
    }
}
