package org.roadmap.gateway.limits;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Whether a client may send one more request on a route. With a shared store
 * ({@code roadmap.gateway.limits.shared-store}) every gateway replica counts against the same bucket: a
 * replica takes a grant of a quarter second's tokens at a time (at most a quarter of the burst), decides
 * from it without I/O, and asks the store again when it is used up or a second old. Across N replicas a
 * client gets its limit plus at most the N grants they hold. When the store does not answer, each replica
 * counts in its own memory for {@link #STORE_PAUSE} and then tries the store again: limits loosen to one
 * replica's while it is away, and requests never wait on it. Without a store, each replica's memory.
 */
@Component
class RateLimiter implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RateLimiter.class);

    static final Duration GRANT_LIFETIME = Duration.ofSeconds(1);
    static final Duration STORE_PAUSE = Duration.ofSeconds(5);
    private static final TokenBuckets.Decision ALLOWED = new TokenBuckets.Decision(true, 0);

    private final TokenBuckets local;
    private final SharedTokenBuckets shared;
    private final Map<String, HeldGrant> grants = new ConcurrentHashMap<>();
    private final LongSupplier nanos;
    private final Sweeps sweeps;
    private volatile long storePausedUntil;
    private volatile boolean prepared;

    @Autowired
    RateLimiter(LimitsProperties properties) {
        this(properties.sharedStore().isBlank() ? null
                : new SharedTokenBuckets(properties.sharedStore(), System::currentTimeMillis), System::nanoTime);
    }

    RateLimiter(SharedTokenBuckets shared, LongSupplier nanos) {
        this.local = new TokenBuckets(nanos);
        this.shared = shared;
        this.nanos = nanos;
        this.sweeps = new Sweeps(nanos.getAsLong());
        this.storePausedUntil = nanos.getAsLong();
        log.info(shared == null ? "Rate limits are counted in this replica's memory"
                : "Rate limits are counted in the shared store, for every gateway replica");
    }

    Mono<TokenBuckets.Decision> take(String key, double perSecond, int burst) {
        long now = nanos.getAsLong();
        if (shared == null || now - storePausedUntil < 0) {
            return Mono.just(local.take(key, perSecond, burst));
        }
        sweepIfDue(now);
        HeldGrant grant = grants.computeIfAbsent(key, k -> new HeldGrant());
        if (grant.tryTake(now)) {
            return Mono.just(ALLOWED);
        }
        // the store's driver blocks: never on the event loop
        return Mono.fromCallable(() -> refill(key, grant, perSecond, burst)).subscribeOn(Schedulers.boundedElastic());
    }

    private TokenBuckets.Decision refill(String key, HeldGrant grant, double perSecond, int burst) {
        synchronized (grant) {
            long now = nanos.getAsLong();
            if (grant.tryTake(now)) {
                return ALLOWED; // another request of the same client refilled it meanwhile
            }
            if (now - storePausedUntil < 0) {
                return local.take(key, perSecond, burst);
            }
            try {
                prepareOnce();
                SharedTokenBuckets.Grant taken = shared.take(key, perSecond, burst, grantSize(perSecond, burst));
                if (taken.tokens() == 0) {
                    return new TokenBuckets.Decision(false, taken.retryAfterSeconds());
                }
                grant.hold(taken.tokens() - 1, now + GRANT_LIFETIME.toNanos());
                return ALLOWED;
            } catch (SharedTokenBuckets.Contended e) {
                return local.take(key, perSecond, burst);
            } catch (RuntimeException e) {
                storePausedUntil = now + STORE_PAUSE.toNanos();
                log.warn("The shared rate-limit store did not answer ({}); this replica counts on its own for {} s",
                        e.toString(), STORE_PAUSE.toSeconds());
                return local.take(key, perSecond, burst);
            }
        }
    }

    /** A quarter second's tokens, at most a quarter of the burst, at least one. */
    static int grantSize(double perSecond, int burst) {
        return (int) Math.max(1, Math.min(burst / 4.0, perSecond / 4.0));
    }

    private void prepareOnce() {
        if (!prepared) {
            shared.prepare();
            prepared = true;
        }
    }

    private void sweepIfDue(long now) {
        if (sweeps.due(now)) {
            grants.values().removeIf(grant -> grant.expiredBy(now));
        }
    }

    @Override
    public void destroy() {
        if (shared != null) {
            shared.close();
        }
    }

    /** The tokens of a grant this replica holds for one client and route, until it expires. */
    private static final class HeldGrant {

        private int tokens;
        private long expiresAt;

        synchronized boolean tryTake(long now) {
            if (tokens > 0 && now - expiresAt < 0) {
                tokens--;
                return true;
            }
            return false;
        }

        synchronized void hold(int tokens, long expiresAt) {
            this.tokens = tokens;
            this.expiresAt = expiresAt;
        }

        synchronized boolean expiredBy(long now) {
            return now - expiresAt >= 0;
        }
    }
}
