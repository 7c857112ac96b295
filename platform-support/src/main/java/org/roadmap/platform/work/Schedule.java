package org.roadmap.platform.work;

import java.time.Duration;

/**
 * When a loop runs its rounds.
 *
 * @param every        the pause after a round; a wake-up cuts it short
 * @param lease        how long a round holds the lease without renewing it; after that another replica may
 *                     take over
 * @param initialDelay the pause before the first round
 * @param enabled      run rounds in the background at all; when off, rounds still run when asked for
 *                     ({@link LeasedLoop#runOnce()})
 * @param linger       how long the lease is kept after a round for the next one: a round that starts within it
 *                     takes no lease of its own, so work woken many times a second (an event per write) does not
 *                     take and give back a lease for each round; zero gives it back at once. Another replica
 *                     woken meanwhile waits up to this long for it.
 */
public record Schedule(Duration every, Duration lease, Duration initialDelay, boolean enabled, Duration linger) {

    public Schedule {
        if (every.isNegative() || every.isZero() || lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("Pauses and leases must be positive: " + every + ", " + lease);
        }
        if (initialDelay.isNegative() || linger.isNegative()) {
            throw new IllegalArgumentException("A delay and a linger cannot be negative: " + initialDelay + ", "
                    + linger);
        }
    }

    public static Schedule every(Duration every, Duration lease) {
        return new Schedule(every, lease, Duration.ZERO, true, Duration.ZERO);
    }

    public Schedule startingAfter(Duration initialDelay) {
        return new Schedule(every, lease, initialDelay, enabled, linger);
    }

    public Schedule onlyIf(boolean enabled) {
        return new Schedule(every, lease, initialDelay, enabled, linger);
    }

    public Schedule lingering(Duration linger) {
        return new Schedule(every, lease, initialDelay, enabled, linger);
    }
}
