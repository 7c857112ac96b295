package org.roadmap.launcher.faults;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Requests on a fixed schedule whatever the answers, as many independent clients send them, and
 * a way to let those under way settle (each retries for at most {@link #GIVE_UP_AFTER}).
 */
final class OpenLoop implements AutoCloseable {

    static final Duration GIVE_UP_AFTER = Duration.ofMinutes(3);

    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
    private final ExecutorService clients;

    OpenLoop(int clients) {
        this.clients = Executors.newFixedThreadPool(clients);
    }

    void start(double perSecond, Runnable tick) {
        clock.scheduleAtFixedRate(tick, 0, (long) (1_000_000 / perSecond), TimeUnit.MICROSECONDS);
    }

    void send(Runnable request) {
        clients.execute(request);
    }

    /** Stops the schedule and waits for the requests under way to be answered or given up. */
    void stopAndSettle() throws InterruptedException {
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
