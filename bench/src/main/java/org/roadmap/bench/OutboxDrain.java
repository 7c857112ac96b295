package org.roadmap.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.roadmap.events.EventJson;

/**
 * Waits until a service's outbox relay has published every pending event, as its readiness details
 * tell those allowed to see them (operators and the working group).
 */
final class OutboxDrain {

    private OutboxDrain() {
    }

    /**
     * @param authorization the {@code Authorization} header of an operator or the working group
     * @return seconds until no aggregate had pending events
     */
    static double await(HttpClient http, String serviceUrl, String authorization, Duration timeout) throws Exception {
        long started = System.nanoTime();
        while (true) {
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(serviceUrl
                    + "/actuator/health/readiness")).header("Authorization", authorization).build(),
                    HttpResponse.BodyHandlers.ofString());
            long pending = EventJson.tree(health.body()).path("components").path("outbox").path("details")
                    .path("aggregatesWithPendingEvents").asLong(-1);
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
