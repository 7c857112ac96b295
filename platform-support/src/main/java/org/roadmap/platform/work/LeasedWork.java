package org.roadmap.platform.work;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Where leased background work is declared: a component asks for a {@link LeasedLoop} in its constructor
 * and keeps it to wake it or run a round itself; the loops start and stop with the application. Leases are
 * documents of ShedLock's collection in the service's database, named after the loop.
 */
public class LeasedWork implements SmartLifecycle, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LeasedWork.class);
    /** How long stopping waits for a round cut short to wind up. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);

    private final Leases leases;
    /** Keeps the leases of running rounds alive: one thread, each extension a single small write. */
    private final ScheduledExecutorService keeper = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "lease-keeper");
        thread.setDaemon(true);
        return thread;
    });
    private final MeterRegistry meters;
    private final List<LeasedLoop> loops = new CopyOnWriteArrayList<>();
    private volatile boolean running;

    public LeasedWork(MongoDatabase database, MeterRegistry meters) {
        this.leases = new Leases(database);
        this.meters = meters;
    }

    /**
     * A loop running {@code round} by {@code schedule}, one replica at a time.
     *
     * @param name the lease's name and the loop thread's; the tag {@code work} of its metrics
     */
    public LeasedLoop loop(String name, Schedule schedule, Round round) {
        LeasedLoop loop = new LeasedLoop(name, schedule, round, leases, keeper, new WorkMetrics(meters, name));
        loops.add(loop);
        if (running) {
            loop.start();
        }
        return loop;
    }

    @Override
    public void start() {
        running = true;
        loops.forEach(LeasedLoop::start);
    }

    @Override
    public void stop() {
        running = false;
        List<Thread> stopping = new ArrayList<>();
        loops.forEach(loop -> loop.stop().ifPresent(stopping::add));
        long deadline = System.nanoTime() + STOP_WAIT.toNanos();
        for (Thread thread : stopping) {
            try {
                thread.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (thread.isAlive()) {
                log.warn("{} did not stop within {}; its lease runs out by itself", thread.getName(), STOP_WAIT);
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Ends the lease keeper's thread with the application (Spring calls it as the bean's destroy method). */
    @Override
    public void close() {
        keeper.shutdownNow();
    }
}
