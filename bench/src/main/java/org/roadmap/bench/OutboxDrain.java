package org.roadmap.bench;

import java.io.IOException;
import java.time.Duration;

import org.roadmap.events.EventJson;

/**
 * Waits until a service's outbox relay has published every pending event, as its readiness details
 * tell those allowed to see them (operators and the working group).
 */
public final class OutboxDrain {

    private OutboxDrain() {
    }

    /**
     * @param service the service, called with the token of an operator or the working group
     * @return seconds until no aggregate had pending events
     */
    public static double await(PlatformApi service, Duration timeout) throws IOException, InterruptedException {
        long started = System.nanoTime();
        while (true) {
            long pending = EventJson.tree(service.send("/actuator/health/readiness").body()).path("components")
                    .path("outbox").path("details").path("aggregatesWithPendingEvents").asLong(-1);
            if (pending == 0) {
                return (System.nanoTime() - started) / 1e9;
            }
            if (System.nanoTime() - started > timeout.toNanos()) {
                throw new IllegalStateException("Outbox still has " + pending + " aggregates with pending events");
            }
            Thread.sleep(200);
        }
    }
}
