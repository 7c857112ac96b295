package org.roadmap.platform.work;

import java.time.Duration;
import java.time.Instant;

/** The lease a round holds: one replica at a time runs a round of the same name. */
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
    public void renew() {
        if (!held) {
            throw new LeaseLostException(name + ": the lease is no longer held");
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

    /** Gives the lease back at once; false when it had run out or been taken over before. */
    boolean release() {
        if (!held) {
            return false;
        }
        boolean inTime = Leases.now().isBefore(until);
        boolean ours = leases.giveBack(name, until);
        held = false;
        return ours && inTime;
    }

    boolean held() {
        return held;
    }
}
