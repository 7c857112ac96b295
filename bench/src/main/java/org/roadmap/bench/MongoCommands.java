package org.roadmap.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many MongoDB commands each domain service has sent, from the driver's command metric on its Prometheus
 * endpoint ({@code mongodb_driver_commands_seconds_count}), by collection and command. Taken before and after a run
 * of writes, it gives each service's commands per write, and which they are: a measure of the work a write costs
 * that does not move with the machine's load, as times do.
 */
final class MongoCommands {

    static final List<String> SERVICES = List.of("commitments-service", "meetings-service", "notifications-service");
    private static final String METRIC = "mongodb_driver_commands_seconds_count{";
    private static final Pattern COLLECTION = Pattern.compile("collection=\"([^\"]*)\"");
    private static final Pattern COMMAND = Pattern.compile("command=\"([^\"]*)\"");

    /** Each service's counts, by {@code <collection> <command>}. */
    private final Map<String, Map<String, Double>> counts;

    private MongoCommands(Map<String, Map<String, Double>> counts) {
        this.counts = counts;
    }

    /** Each service's counts so far; a service that does not answer counts none. */
    static MongoCommands counted(Platform platform) {
        Map<String, Map<String, Double>> counts = new LinkedHashMap<>();
        for (String service : SERVICES) {
            counts.put(service, count(platform.url(service) + "/actuator/prometheus"));
        }
        return new MongoCommands(counts);
    }

    /** Each service's commands per write since {@code before}, in all. */
    Map<String, Double> perWrite(MongoCommands before, int writes) {
        Map<String, Double> perWrite = new LinkedHashMap<>();
        byCommand(before, writes).forEach((service, commands) -> perWrite.put(service,
                commands.values().stream().mapToDouble(Double::doubleValue).sum()));
        return perWrite;
    }

    /** Each service's commands per write since {@code before}, by {@code <collection> <command>}. */
    Map<String, Map<String, Double>> byCommand(MongoCommands before, int writes) {
        Map<String, Map<String, Double>> perWrite = new LinkedHashMap<>();
        counts.forEach((service, after) -> {
            Map<String, Double> earlier = before.counts.getOrDefault(service, Map.of());
            Map<String, Double> commands = new TreeMap<>();
            after.forEach((command, count) -> {
                double sent = count - earlier.getOrDefault(command, 0.0);
                if (sent > 0) {
                    commands.put(command, sent / writes);
                }
            });
            perWrite.put(service, commands);
        });
        return perWrite;
    }

    private static Map<String, Double> count(String url) {
        Map<String, Double> counts = new TreeMap<>();
        try {
            HttpResponse<String> response = PlatformApi.http().send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            for (String line : response.body().split("\n")) {
                if (line.startsWith(METRIC)) {
                    String command = label(COLLECTION, line) + " " + label(COMMAND, line);
                    counts.merge(command, Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)), Double::sum);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return counts;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return counts;
    }

    private static String label(Pattern label, String line) {
        Matcher found = label.matcher(line);
        return found.find() ? found.group(1) : "?";
    }
}
