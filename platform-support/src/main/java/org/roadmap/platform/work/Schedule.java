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
 * @param pace         the least time from the start of one round to the start of the next when a wake-up calls it:
 *                     work woken by each write gathers for up to this long and goes in one round, so its fixed cost
 *                     (the reads that find the work, the writes that mark it done) is shared by what came meanwhile.
 *                     A wake-up after a quiet spell longer than this starts its round at once; zero never waits.
 */
public record Schedule(Duration every, Duration lease, Duration initialDelay, boolean enabled, Duration linger,
        Duration pace) {

    public Schedule {
        if (every.isNegative() || every.isZero() || lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("Pauses and leases must be positive: " + every + ", " + lease);
        }
        if (initialDelay.isNegative() || linger.isNegative() || pace.isNegative()) {
            throw new IllegalArgumentException("A delay, a linger and a pace cannot be negative: " + initialDelay
                    + ", " + linger + ", " + pace);
        }
    }

    public static Schedule every(Duration every, Duration lease) {
        return new Schedule(every, lease, Duration.ZERO, true, Duration.ZERO, Duration.ZERO);
    }

    public Schedule startingAfter(Duration initialDelay) {
        return new Schedule(every, lease, initialDelay, enabled, linger, pace);
    }

    public Schedule onlyIf(boolean enabled) {
        return new Schedule(every, lease, initialDelay, enabled, linger, pace);
    }

    public Schedule lingering(Duration linger) {
        return new Schedule(every, lease, initialDelay, enabled, linger, pace);
    }

    public Schedule paced(Duration pace) {
        return new Schedule(every, lease, initialDelay, enabled, linger, pace);
    }
}
