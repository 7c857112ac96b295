package org.roadmap.platform.work;

import java.time.Duration;
import java.time.Instant;

/**
 * The lease a round holds: one replica at a time runs a round of the same name. While the round runs, its
 * replica keeps the lease alive ({@link #keepAlive()}, every third of its length), so a round may take
 * longer than the lease and the lease can be short: a replica that dies hands its work over within one
 * lease length.
 */
public final class Lease {

    private final Leases leases;
    private final String name;
    private final Duration length;
    private Instant until;
    private boolean held = true;
    private boolean justTaken = true;

    Lease(Leases leases, String name, Duration length, Instant until) {
        this.leases = leases;
        this.name = name;
        this.length = length;
        this.until = until;
    }

    /**
     * Call before each step of a round: makes sure the lease is still this round's and extends it by its
     * length. The first call after the lease was taken only checks the time (taking it just proved it ours).
     *
     * @throws LeaseLostException when the lease ran out or another replica took it; the round must stop
     */
    public synchronized void renew() {
        if (!held) {
            throw new LeaseLostException(name + ": the lease is no longer held: it ran out or another replica took it"
                    + " over");
        }
        Instant now = Leases.now();
        if (!now.isBefore(until)) {
            held = false;
            throw new LeaseLostException(name + ": the lease ran out " + Duration.between(until, now).toMillis()
                    + " ms ago, another replica may have taken over");
        }
        if (justTaken) {
            justTaken = false;
            return;
        }
        Instant next = now.plus(length);
        boolean renewed;
        try {
            renewed = leases.move(name, until, next);
        } catch (RuntimeException e) {
            // the round ends here; the server may have renewed the lease before the answer was lost
            held = false;
            leases.giveBackQuietly(name, next, e);
            leases.giveBackQuietly(name, until, e);
            throw e;
        }
        if (!renewed) {
            held = false;
            throw new LeaseLostException(name + ": another replica took the lease over");
        }
        until = next;
    }

    /**
     * Extends a lease still held by its length, from the replica's keeper while the round runs. A lease that
     * ran out or was taken over is no longer held, and the round stops at its next {@link #renew()}; a failed
     * write changes nothing (the next one, or the round's next step, tries again).
     */
    synchronized void keepAlive() {
        if (!held) {
            return;
        }
        Instant now = Leases.now();
        if (!now.isBefore(until)) {
            return; // the round's next step says that it ran out
        }
        Instant next = now.plus(length);
        if (leases.move(name, until, next)) {
            until = next;
        } else {
            held = false;
        }
    }

    Duration length() {
        return length;
    }

    /**
     * Whether the lease is held and has not run out, as this replica knows it: the keeper extends it while it is
     * kept, and finds it taken over when its extension fails.
     */
    synchronized boolean inTime() {
        return held && Leases.now().isBefore(until);
    }

    /**
     * Starts another round on a lease kept since the last one: its first {@link #renew()} only checks the time, as
     * after taking it, since the keeper has kept extending it.
     */
    synchronized void startAnotherRound() {
        justTaken = true;
    }

    /** Gives the lease back at once; false when it had run out or been taken over before. */
    synchronized boolean release() {
        if (!held) {
            return false;
        }
        boolean inTime = Leases.now().isBefore(until);
        boolean ours = leases.giveBack(name, until);
        held = false;
        return ours && inTime;
    }

    synchronized boolean held() {
        return held;
    }
}
