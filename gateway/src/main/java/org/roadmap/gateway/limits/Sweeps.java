package org.roadmap.gateway.limits;

import java.util.concurrent.atomic.AtomicLong;

/**
 * When per-client state may be swept of what is idle: at most once a minute, by the one request that comes
 * first after it, so the maps of buckets and grants hold only clients seen recently.
 */
final class Sweeps {

    private static final long EVERY_NANOS = 60_000_000_000L;

    private final AtomicLong last;

    Sweeps(long now) {
        this.last = new AtomicLong(now);
    }

    /** Whether this caller sweeps now: true for one caller a minute. */
    boolean due(long now) {
        long previous = last.get();
        return now - previous > EVERY_NANOS && last.compareAndSet(previous, now);
    }
}
