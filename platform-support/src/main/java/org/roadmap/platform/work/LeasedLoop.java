package org.roadmap.platform.work;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a round of work on its own thread, pausing {@link Schedule#every()} between rounds, each round under
 * the lease of its name. A replica woken while another holds the lease tries again after {@link #RETRY_WHEN_HELD}
 * until it gets it, rather than after its pause. A failed round is logged and retried after a pause that doubles up
 * to {@value #MAX_RETRY_SECONDS} s (never shorter than {@code every}); a wake-up does not cut that pause short,
 * so a broken dependency is not hammered. The loop ends only when {@link LeasedWork} stops it: an interrupt
 * from anywhere else (a client library, a pool) is logged and the loop goes on, or the work would die
 * silently. With a {@link Schedule#linger()}, a round that ended well keeps its lease (and its keeper) that long for
 * the next round, which then takes none; the lease is given back when the linger passes without one, when a round
 * fails and when the loop stops. With a {@link Schedule#pace()}, a woken round starts no sooner than that after the
 * last one started, so the wake-ups of a busy stream are served a batch a round.
 */
public final class LeasedLoop {

    private static final Logger log = LoggerFactory.getLogger(LeasedLoop.class);
    private static final int MAX_RETRY_SECONDS = 10;
    /** How soon a replica woken while another held the lease tries again (never later than its pause). */
    static final Duration RETRY_WHEN_HELD = Duration.ofMillis(250);

    private final String name;
    private final Schedule schedule;
    private final Round round;
    private final Leases leases;
    private final ScheduledExecutorService keeper;
    private final WorkMetrics metrics;
    /** One round at a time on this replica: the loop's, or one asked for with runOnce. */
    private final ReentrantLock rounds = new ReentrantLock();
    private final Object pause = new Object();
    private boolean woken;
    private volatile Thread worker;
    private volatile Status status = new Status(null, null, null);
    /** The lease kept after the last round for the next, or null; read and written holding {@link #rounds}. */
    private Kept kept;

    /** A lease kept between rounds, with the task that keeps extending it. */
    private record Kept(Lease lease, ScheduledFuture<?> keeping) {
    }

    LeasedLoop(String name, Schedule schedule, Round round, Leases leases, ScheduledExecutorService keeper,
            WorkMetrics metrics) {
        this.name = name;
        this.schedule = schedule;
        this.round = round;
        this.leases = leases;
        this.keeper = keeper;
        this.metrics = metrics;
    }

    /** When rounds last succeeded and failed, for health checks. */
    public record Status(Instant lastSuccess, Instant lastFailure, String lastError) {

        public boolean failing() {
            return lastFailure != null && (lastSuccess == null || lastFailure.isAfter(lastSuccess));
        }
    }

    /** Cuts the current pause short; given during a round, the next pause, so no wake-up is lost. */
    public void wake() {
        synchronized (pause) {
            woken = true;
            pause.notifyAll();
        }
    }

    /**
     * Runs the loop's round now on the caller's thread, once a round this replica is running has ended.
     *
     * @return what the round did; empty when another replica held the lease or the round lost it
     */
    public OptionalInt runOnce() {
        return runOnce(round);
    }

    /** Runs another round under this loop's lease, as {@link #runOnce()} does (e.g. one for a given time). */
    public OptionalInt runOnce(Round other) {
        try {
            return leased(other);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.empty();
        }
    }

    public Status status() {
        return status;
    }

    synchronized void start() {
        if (!schedule.enabled() || worker != null) {
            return;
        }
        Thread thread = new Thread(this::loop, name);
        thread.setDaemon(true);
        worker = thread;
        thread.start();
        log.debug("{} runs every {} under a lease of {}", name, schedule.every(), schedule.lease());
    }

    /** Asks the loop to stop: a pause or a round in progress is interrupted. Returns the thread to wait for. */
    synchronized Optional<Thread> stop() {
        Thread running = worker;
        worker = null;
        if (running != null) {
            running.interrupt();
        }
        return Optional.ofNullable(running);
    }

    private void loop() {
        Duration next = schedule.initialDelay();
        int failures = 0;
        // a wake-up whose round has not run yet: another replica held the lease
        boolean wakeOutstanding = false;
        long lastStart = System.nanoTime() - schedule.pace().toNanos();
        while (!stopped()) {
            try {
                wakeOutstanding |= pauseKeeping(next, failures == 0);
                waitOutPace(lastStart);
                if (stopped()) {
                    break;
                }
                lastStart = System.nanoTime();
                boolean ran = leased(round).isPresent();
                wakeOutstanding &= !ran;
                failures = 0;
            } catch (InterruptedException e) {
                if (stopped()) {
                    break;
                }
                log.warn("{} was interrupted without being stopped; it goes on", name);
            } catch (RuntimeException e) {
                if (stopped()) {
                    break; // a client call cut short by the stop
                }
                failures++;
                log.warn("{}: round failed, next in {}: {}", name, retryDelay(failures), e.toString());
                log.debug("{}: round failed", name, e);
                if (Thread.interrupted()) {
                    log.warn("{} was interrupted without being stopped; it goes on", name);
                }
            }
            next = failures > 0 ? retryDelay(failures) : wakeOutstanding ? soonest(RETRY_WHEN_HELD) : schedule.every();
        }
        giveBackKept();
        log.info("{} stopped", name);
    }

    /**
     * Pauses as {@link #pause} does; a lease kept from the last round is given back once the linger has passed
     * without a wake-up, and the pause goes on for the rest.
     */
    private boolean pauseKeeping(Duration duration, boolean wakeable) throws InterruptedException {
        Duration linger = schedule.linger();
        if (linger.isZero() || linger.compareTo(duration) >= 0 || !keeping()) {
            return pause(duration, wakeable);
        }
        if (pause(linger, wakeable)) {
            return true;
        }
        giveBackKept();
        return pause(duration.minus(linger), wakeable);
    }

    /**
     * Waits until the pace has passed since the last round started, then lets the round go: the wake-ups given
     * meanwhile are for work that round finds, so they are taken as its own.
     */
    private void waitOutPace(long lastStart) throws InterruptedException {
        long rest = schedule.pace().toNanos() - (System.nanoTime() - lastStart);
        if (rest > 0) {
            pause(Duration.ofNanos(rest), false);
            synchronized (pause) {
                woken = false;
            }
        }
    }

    private boolean keeping() {
        rounds.lock();
        try {
            return kept != null;
        } finally {
            rounds.unlock();
        }
    }

    /** Gives back the lease kept from the last round, if any. */
    private void giveBackKept() {
        rounds.lock();
        try {
            Kept last = kept;
            kept = null;
            if (last != null) {
                last.keeping().cancel(false);
                giveBack(last.lease());
            }
        } finally {
            rounds.unlock();
        }
    }

    /** Whether this loop thread was asked to stop (a restarted loop runs on a new thread). */
    private boolean stopped() {
        return worker != Thread.currentThread();
    }

    private Duration soonest(Duration delay) {
        return delay.compareTo(schedule.every()) < 0 ? delay : schedule.every();
    }

    private Duration retryDelay(int failures) {
        Duration cap = schedule.every().compareTo(Duration.ofSeconds(MAX_RETRY_SECONDS)) > 0 ? schedule.every()
                : Duration.ofSeconds(MAX_RETRY_SECONDS);
        Duration delay = schedule.every().multipliedBy(1L << Math.min(failures - 1, 20));
        return delay.compareTo(cap) < 0 ? delay : cap;
    }

    /** @return whether a wake-up ended it (or had come before it) */
    private boolean pause(Duration duration, boolean wakeable) throws InterruptedException {
        long deadline = System.nanoTime() + duration.toNanos();
        synchronized (pause) {
            long left;
            while (!stopped() && !(wakeable && woken) && (left = deadline - System.nanoTime()) > 0) {
                TimeUnit.NANOSECONDS.timedWait(pause, left);
            }
            boolean wokenUp = wakeable && woken;
            if (wakeable) {
                woken = false;
            }
            return wokenUp;
        }
    }

    private OptionalInt leased(Round work) throws InterruptedException {
        rounds.lockInterruptibly();
        try {
            long started = System.nanoTime();
            Kept last = kept;
            kept = null;
            if (last != null && last.lease().inTime()) {
                last.lease().startAnotherRound();
                return run(work, last.lease(), last.keeping(), started);
            }
            if (last != null) {
                // ran out or taken over while kept: taken anew below, if it is free
                last.keeping().cancel(false);
                giveBack(last.lease());
            }
            Optional<Lease> lease;
            try {
                lease = leases.acquire(name, schedule.lease());
            } catch (RuntimeException e) {
                failed(e);
                metrics.round(WorkMetrics.FAILED, System.nanoTime() - started);
                throw e;
            }
            if (lease.isEmpty()) {
                metrics.leaseUnavailable();
                log.debug("{}: another replica holds the lease", name);
                return OptionalInt.empty();
            }
            return run(work, lease.get(), keepAlive(lease.get()), started);
        } finally {
            rounds.unlock();
        }
    }

    /** Runs a round on {@code lease}, which {@code keeping} extends; then keeps the lease or gives it back. */
    private OptionalInt run(Round work, Lease lease, ScheduledFuture<?> keeping, long started)
            throws InterruptedException {
        String outcome = WorkMetrics.FAILED;
        // kept only by the loop's own rounds: the loop gives it back when its linger passes
        boolean keep = !schedule.linger().isZero() && !stopped();
        try {
            int done = work.run(lease);
            boolean ours = keep ? lease.inTime() : lease.release();
            outcome = ours ? WorkMetrics.COMPLETED : WorkMetrics.LEASE_LOST;
            if (outcome.equals(WorkMetrics.LEASE_LOST)) {
                log.warn("{} finished a round after its lease of {} ran out or was taken over, so it may have run"
                        + " twice: renew the lease more often or make it longer", name, schedule.lease());
            }
            status = new Status(Instant.now(), status.lastFailure(), status.lastError());
            return OptionalInt.of(done);
        } catch (LeaseLostException e) {
            outcome = WorkMetrics.LEASE_LOST;
            log.warn("{} stopped its round: {}", name, e.getMessage());
            return OptionalInt.empty();
        } catch (InterruptedException e) {
            outcome = WorkMetrics.INTERRUPTED;
            throw e;
        } catch (RuntimeException e) {
            if (Thread.currentThread().isInterrupted()) {
                outcome = WorkMetrics.INTERRUPTED;
            } else {
                failed(e);
            }
            throw e;
        } finally {
            if (keep && outcome.equals(WorkMetrics.COMPLETED)) {
                kept = new Kept(lease, keeping);
            } else {
                keeping.cancel(false);
                giveBack(lease);
            }
            metrics.round(outcome, System.nanoTime() - started);
        }
    }

    /** Extends the lease every third of its length while the round runs, so only a dead replica lets it run out. */
    private ScheduledFuture<?> keepAlive(Lease lease) {
        long period = Math.max(1, lease.length().toMillis() / 3);
        return keeper.scheduleWithFixedDelay(() -> {
            try {
                lease.keepAlive();
            } catch (RuntimeException e) {
                log.debug("{} could not extend its lease this time: {}", name, e.toString());
            }
        }, period, period, TimeUnit.MILLISECONDS);
    }

    private void failed(RuntimeException e) {
        status = new Status(status.lastSuccess(), Instant.now(), e.getMessage());
    }

    /** Gives the lease back so another replica need not wait for it to run out, also after a failed round. */
    private void giveBack(Lease lease) {
        try {
            if (lease.held()) {
                lease.release();
            }
        } catch (RuntimeException e) {
            log.warn("{} could not give its lease back; it runs out by itself: {}", name, e.toString());
        }
    }
}
