package org.roadmap.bench;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

/**
 * Offered load on a fixed schedule: the i-th request is due at {@code start + i / rate}, whether or not earlier ones
 * have been answered, so a slow system cannot slow the load down and hide its own latency. Each tick runs on the
 * schedule's one thread and must not block: it hands its request over, to an asynchronous call or to
 * {@link #send}, whose clients retry for at most {@link #GIVE_UP_AFTER}.
 */
public final class OpenLoop implements AutoCloseable {

    /** How long a client retries one request before it gives up. */
    public static final Duration GIVE_UP_AFTER = Duration.ofMinutes(3);
    private static final Duration RETRY_PAUSE = Duration.ofMillis(500);

    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
    private final ExecutorService clients;

    /** @param clients how many requests {@link #send} makes at once */
    public OpenLoop(int clients) {
        this.clients = Executors.newFixedThreadPool(clients);
    }

    /**
     * Ticks {@code count} times on the schedule, then returns.
     *
     * @return the start (System.nanoTime)
     */
    static long run(double perSecond, int count, IntConsumer tick) throws InterruptedException {
        CountDownLatch sent = new CountDownLatch(count);
        AtomicReference<RuntimeException> failed = new AtomicReference<>();
        try (OpenLoop loop = new OpenLoop(1)) {
            long start = loop.start(perSecond, i -> {
                if (i < count) {
                    try {
                        tick.accept(i);
                    } catch (RuntimeException e) {
                        failed.compareAndSet(null, e);
                    } finally {
                        sent.countDown();
                    }
                }
            });
            sent.await();
            if (failed.get() != null) {
                throw failed.get();
            }
            return start;
        }
    }

    /**
     * Ticks with 0, 1, 2, … until stopped.
     *
     * @return the start (System.nanoTime)
     */
    public long start(double perSecond, IntConsumer tick) {
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        clock.scheduleAtFixedRate(() -> tick.accept(next.getAndIncrement()), 0, (long) (1e9 / perSecond),
                TimeUnit.NANOSECONDS);
        return start;
    }

    /** Hands a request to the next free client. */
    public void send(Runnable request) {
        clients.execute(request);
    }

    /** One attempt of a request that is retried: whether it is done (answered for good) or must be tried again. */
    public interface Attempt {
        boolean done() throws InterruptedException;
    }

    /** Makes attempts half a second apart, as a client retries, until one is done or {@link #GIVE_UP_AFTER} is over. */
    public static void retry(Attempt attempt) {
        long giveUpAt = System.nanoTime() + GIVE_UP_AFTER.toNanos();
        try {
            while (System.nanoTime() < giveUpAt && !attempt.done()) {
                Thread.sleep(RETRY_PAUSE.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the schedule and waits for the requests under way to be answered or given up. */
    public void stopAndSettle() throws InterruptedException {
        clock.shutdown();
        clock.awaitTermination(10, TimeUnit.SECONDS);
        clients.shutdown();
        if (!clients.awaitTermination(GIVE_UP_AFTER.toSeconds() + 30, TimeUnit.SECONDS)) {
            clients.shutdownNow();
        }
    }

    @Override
    public void close() {
        clock.shutdownNow();
        clients.shutdownNow();
    }
}
