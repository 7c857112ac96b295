package org.roadmap.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How many MongoDB commands each domain service has sent, from the driver's command metric on its Prometheus
 * endpoint ({@code mongodb_driver_commands_seconds_count}, every collection and command). Taken before and after a
 * run of writes, it gives each service's commands per write: a measure of the work a write costs that does not move
 * with the machine's load, as times do.
 */
final class MongoCommands {

    static final List<String> SERVICES = List.of("commitments-service", "meetings-service", "notifications-service");
    private static final String METRIC = "mongodb_driver_commands_seconds_count{";

    private MongoCommands() {
    }

    /** Each service's count so far; a service that does not answer counts as 0. */
    static Map<String, Double> counted(Platform platform) {
        Map<String, Double> counts = new LinkedHashMap<>();
        for (String service : SERVICES) {
            counts.put(service, count(platform.url(service) + "/actuator/prometheus"));
        }
        return counts;
    }

    private static double count(String url) {
        try {
            HttpResponse<String> response = PlatformApi.http().send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            double total = 0;
            for (String line : response.body().split("\n")) {
                if (line.startsWith(METRIC)) {
                    total += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                }
            }
            return total;
        } catch (IOException | NumberFormatException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }
}
