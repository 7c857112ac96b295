package org.roadmap.gateway.limits;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * One token bucket per client and route, in this replica's memory: the limits when no shared store is
 * configured, or while it does not answer ({@link RateLimiter}). Buckets idle long enough to be full
 * again are dropped, so the map holds only clients seen recently.
 */
final class TokenBuckets {

    /** How a request fared: allowed, or refused with the seconds until a token is back. */
    record Decision(boolean allowed, long retryAfterSeconds) {
    }

    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final LongSupplier clock;
    private final Sweeps sweeps;

    TokenBuckets(LongSupplier nanoClock) {
        this.clock = nanoClock;
        this.sweeps = new Sweeps(nanoClock.getAsLong());
    }

    Decision take(String key, double perSecond, int burst) {
        long now = clock.getAsLong();
        sweepIfDue(now);
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(burst, now));
        return bucket.take(now, perSecond, burst);
    }

    int size() {
        return buckets.size();
    }

    private void sweepIfDue(long now) {
        if (sweeps.due(now)) {
            buckets.values().removeIf(b -> b.fullAgainBy(now));
        }
    }

    private static final class Bucket {

        private double tokens;
        private long updated;
        private long fullAt;

        Bucket(int burst, long now) {
            this.tokens = burst;
            this.updated = now;
            this.fullAt = now;
        }

        synchronized Decision take(long now, double perSecond, int burst) {
            tokens = Math.min(burst, tokens + (now - updated) / 1e9 * perSecond);
            updated = now;
            if (tokens >= 1) {
                tokens -= 1;
                fullAt = now + (long) ((burst - tokens) / perSecond * 1e9);
                return new Decision(true, 0);
            }
            return new Decision(false, Math.max(1, (long) Math.ceil((1 - tokens) / perSecond)));
        }

        synchronized boolean fullAgainBy(long now) {
            return now >= fullAt;
        }
    }
}
