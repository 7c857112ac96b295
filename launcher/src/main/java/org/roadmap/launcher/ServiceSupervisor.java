package org.roadmap.launcher;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Keeps the services running once the platform is up: one that exits on its own is started again after a wait
 * that grows with each exit ({@link RestartPolicy}) and probed until it is ready; one that exits too often is
 * given up on while the others run on. Every decision is logged and passed to a listener. After {@link #stop()}
 * nothing is restarted, so a service the launcher stops stays stopped.
 */
final class ServiceSupervisor {

    private static final Logger log = LoggerFactory.getLogger(ServiceSupervisor.class);
    private static final int LOG_TAIL_LINES = 40;
    private static final Duration PROBE_EVERY = Duration.ofMillis(500);

    private final LauncherSettings settings;
    private final Consumer<ServiceEvent> listener;
    // a thread per service: each may wait for its restart and then probe its readiness at the same time
    private final ScheduledExecutorService restarts;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private final Map<String, ServiceProcess> running = new LinkedHashMap<>();
    private final Map<String, ServiceExits> exits = new HashMap<>();
    private boolean stopped;

    ServiceSupervisor(LauncherSettings settings, List<ServiceProcess> services, Consumer<ServiceEvent> listener) {
        this.settings = settings;
        this.listener = listener;
        this.restarts = Executors.newScheduledThreadPool(services.size(), task -> {
            Thread thread = new Thread(task, "roadmap-launcher-restarts");
            thread.setDaemon(true);
            return thread;
        });
        services.forEach(this::supervise);
    }

    /** Restarts nothing from now on. @return the services' processes as they are now, for the launcher to stop */
    synchronized List<ServiceProcess> stop() {
        stopped = true;
        restarts.shutdownNow();
        return List.copyOf(running.values());
    }

    /** The service's current process: the last one started. */
    synchronized ServiceProcess current(String service) {
        return running.get(service);
    }

    private synchronized boolean isStopped() {
        return stopped;
    }

    private void supervise(ServiceProcess service) {
        synchronized (this) {
            running.put(service.name(), service);
        }
        watchExit(service);
    }

    private void watchExit(ServiceProcess service) {
        service.onExit().thenRun(() -> exited(service));
    }

    private synchronized void exited(ServiceProcess service) {
        if (stopped || running.get(service.name()) != service) {
            return;
        }
        ServiceExits serviceExits = exits.computeIfAbsent(service.name(), name -> new ServiceExits(settings.restarts()));
        Instant now = Instant.now();
        Optional<Duration> delay = serviceExits.exited(now);
        if (delay.isEmpty()) {
            report(new ServiceEvent.GaveUp(service.name(), service.exitCode(), service.log(), serviceExits.count(),
                    settings.restarts()));
            service.logTail(LOG_TAIL_LINES).forEach(line -> log.error("  | {}", line));
            return;
        }
        int attempt = serviceExits.count();
        report(new ServiceEvent.Restarting(service.name(), service.exitCode(), service.log(), attempt,
                settings.restarts(), delay.get(), now.plus(delay.get())));
        restarts.schedule(() -> restart(service, attempt), delay.get().toMillis(), TimeUnit.MILLISECONDS);
    }

    private void restart(ServiceProcess exited, int attempt) {
        ServiceProcess started;
        synchronized (this) {
            if (stopped) {
                return;
            }
            try {
                started = exited.restart(settings);
            } catch (IOException e) {
                log.error("{} could not be started again: {}", exited.name(), e.toString());
                report(new ServiceEvent.GaveUp(exited.name(), exited.exitCode(), exited.log(), attempt,
                        settings.restarts()));
                return;
            }
            // under the lock, so a stop from now on stops this process too
            running.put(started.name(), started);
        }
        watchExit(started);
        awaitReady(started, attempt);
    }

    private void awaitReady(ServiceProcess service, int attempt) {
        Instant startedAt = Instant.now();
        Instant deadline = startedAt.plus(settings.readinessTimeout());
        try {
            // an exit meanwhile is reported by exited()
            while (service.isAlive() && !isStopped()) {
                if (service.isReady(http)) {
                    report(new ServiceEvent.Ready(service.name(), attempt, Duration.between(startedAt, Instant.now())));
                    return;
                }
                if (Instant.now().isAfter(deadline)) {
                    report(new ServiceEvent.NotReady(service.name(), attempt, settings.readinessTimeout(), service.log()));
                    return;
                }
                Thread.sleep(PROBE_EVERY.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void report(ServiceEvent event) {
        log.atLevel(event.level()).log(event.message());
        try {
            listener.accept(event);
        } catch (RuntimeException e) {
            log.warn("A listener failed on {}", event, e);
        }
    }
}
