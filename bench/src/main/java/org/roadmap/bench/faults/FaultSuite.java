package org.roadmap.bench.faults;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.roadmap.bench.Platform;
import org.roadmap.bench.PlatformApi;
import org.roadmap.bench.ResultsFile;
import org.springframework.util.FileSystemUtils;

import tools.jackson.databind.JsonNode;

/**
 * The fault suite: starts the embedded platform on ports of its own, sends a steady load of
 * progress reports through the gateway, and meanwhile kills each service with SIGKILL and starts
 * it again, stops the Kafka broker, and stops the MongoDB-wire server. Then it checks that every
 * acknowledged write is stored once, has exactly one event on Kafka, and that no answer was a 500. On a
 * replicated platform ({@code --replicas=2 --kafka-brokers=3}, killing replicas such as
 * {@code commitments-service-2} and stopping one Kafka node with the {@code broker-node} scenario), no
 * request may fail at the client either.
 * <p>
 * {@code java -jar bench/target/roadmap-bench.jar faults [--scenarios=kills,broker-node,broker,storage]
 * [--kill=identity,commitments-service,…] [--rate=8] [--kill-downtime=5] [--broker-downtime=30] [--storage-downtime=10]
 * [--settle=10] [--deadline-rate=1] [--port-base=19080] [--results=FILE]} and any of the launcher's options
 * ({@code --data-dir}, ports, {@code --services-dir}: the launcher's build by default, {@code --service-startup}:
 * {@code extracted} by default). Exits 1 when anything was
 * lost or doubled.
 */
public final class FaultSuite {

    private static final int DEADLINE_COMMITMENTS = 15;
    private static final List<String> LAUNCHER_OPTIONS = List.of("data-dir", "services-dir", "gateway-port",
            "commitments-port", "meetings-port", "notifications-port", "identity-port", "mongo-port", "kafka-port",
            "kafka-controller-port", "service-jvm-opts", "service-startup", "replicas", "kafka-brokers");

    private final Map<String, String> options;
    private final List<String> findings = new ArrayList<>();
    private final Map<String, Object> figures = new LinkedHashMap<>();

    public FaultSuite(Map<String, String> options) {
        this.options = options;
    }

    /**
     * Runs the suite, prints its report and writes it to {@code --results} if given.
     *
     * @return whether it passed
     */
    public boolean runAndReport() throws Exception {
        Report report = run();
        System.out.println(report);
        if (options.containsKey("results")) {
            Path results = Path.of(options.get("results"));
            ResultsFile.write(results, Map.of("ranAt", Instant.now().toString(), "options", options, "passed",
                    report.passed(), "figures", report.figures(), "writes", report.outcome(), "deadlineChanges",
                    report.notifications(), "findings", report.findings()));
            System.out.println("Results written to " + results);
        }
        return report.passed();
    }

    /** What a run found: its figures, and the faults (none when it passed). */
    public record Report(Map<String, Object> figures, Outcome outcome, NotificationOutcome notifications,
            List<String> findings) {

        public boolean passed() {
            return findings.isEmpty() && outcome.nothingLostOrDoubled() && notifications.eachOnce();
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%n=== Fault suite: %s ===%n",
                    passed() ? "PASSED" : "FAILED"));
            figures.forEach((name, value) -> text.append(String.format(Locale.ROOT, "  %-44s %s%n", name, value)));
            text.append(String.format(Locale.ROOT, "  writes %d, acknowledged %d, stored %d, refused %d, lost %d, doubled %d%n",
                    outcome.writes(), outcome.acknowledged(), outcome.stored(), outcome.refused(), outcome.lost(),
                    outcome.doubled()));
            text.append(String.format(Locale.ROOT, "  events %d, missing %d, duplicate events %d, redelivered records %d,"
                    + " events without a stored write %d%n", outcome.events(), outcome.eventsMissing(),
                    outcome.duplicateEvents(), outcome.redeliveredRecords(), outcome.eventsWithoutWrite()));
            text.append(String.format(Locale.ROOT, "  deadline changes %d, acknowledged %d, events missing %d, duplicate"
                    + " events %d; overdue notifications delivered %d, last changes not notified %d, notified twice %d%n",
                    notifications.changes(), notifications.acknowledged(), notifications.eventsMissing(),
                    notifications.duplicateEvents(), notifications.delivered(), notifications.lastChangesNotNotified(),
                    notifications.notifiedTwice()));
            outcome.examples().forEach(example -> text.append("  ! ").append(example).append('\n'));
            notifications.examples().forEach(example -> text.append("  ! ").append(example).append('\n'));
            findings.forEach(finding -> text.append("  ! ").append(finding).append('\n'));
            return text.toString();
        }
    }

    public Report run() throws Exception {
        int portBase = number("port-base", 19080);
        List<String> launcherOptions = new ArrayList<>(Platform.launcherOptions(portBase,
                Path.of("target", "fault-run-" + portBase)));
        Platform.launcherBuild()
                .ifPresent(build -> launcherOptions.add("--services-dir=" + build.resolve("services")));
        // each run's data directory is fresh and its services are killed, so a class-data archive would be
        // recorded at every start and never used: the extracted jars only
        launcherOptions.add("--service-startup=extracted");
        // any of the launcher's own options given to the suite wins (see the launcher's --help)
        options.forEach((option, value) -> {
            if (LAUNCHER_OPTIONS.contains(option)) {
                launcherOptions.add("--" + option + "=" + value);
            }
        });
        FileSystemUtils.deleteRecursively(Path.of(options.getOrDefault("data-dir", "target/fault-run-" + portBase)));
        Instant started = Instant.now();
        try (FaultablePlatform platform = FaultablePlatform.start(launcherOptions)) {
            figures.put("platform ready after (s)", seconds(Duration.between(started, Instant.now())));
            String token = PlatformApi.token(platform, "wg-admin");
            PlatformApi gateway = PlatformApi.of(platform.url("gateway"), token);
            PlatformApi commitments = PlatformApi.of(platform.url("commitments-service"), token);
            Map<String, String> sides = new LinkedHashMap<>();
            commitments.getJson("/api/v1/commitments?roadMapId=" + Platform.SEEDED_ROAD_MAP + "&size=100")
                    .path("content").forEach(c -> sides.put(c.path("id").asString(""),
                            c.path("responsibleEntities").path(sides.size() % 2).path("country").asString(
                                    c.path("responsibleEntities").path(0).path("country").asString(""))));
            List<String> ids = List.copyOf(sides.keySet());
            String run = UUID.randomUUID().toString().substring(0, 8);
            Duration settle = Duration.ofSeconds(number("settle", 10));
            // deadlines move on a few commitments, progress is reported on the others: each keeps its own ETags
            List<String> moved = ids.subList(0, DEADLINE_COMMITMENTS);
            Map<String, String> reported = new LinkedHashMap<>(sides);
            moved.forEach(reported::remove);
            Observer observer = Observer.register(PlatformApi.of(platform.url("notifications-service"), token),
                    Platform.SEEDED_ROAD_MAP);
            Thread.sleep(settle.toMillis()); // the road map's deadlines already past reach the observer first
            Instant loadStarted = Instant.now();
            try (WriteLoad load = new WriteLoad(gateway, reported, run);
                    DeadlineChanges deadlines = new DeadlineChanges(gateway, moved)) {
                double rate = Double.parseDouble(options.getOrDefault("rate", "8"));
                double deadlineRate = Double.parseDouble(options.getOrDefault("deadline-rate", "1"));
                load.start(rate);
                deadlines.start(deadlineRate);
                figures.put("offered load (progress reports/s, deadline moves/s)", rate + ", " + deadlineRate);
                Thread.sleep(settle.toMillis());
                List<String> scenarios = List.of(options.getOrDefault("scenarios", "kills,broker,storage").split(","));
                Faults faults = new Faults(platform, gateway, figures, findings, token);
                if (scenarios.contains("kills")) {
                    List<String> killed = options.containsKey("kill")
                            ? List.of(options.get("kill").split(",")) : platform.serviceNames();
                    for (String service : killed) {
                        faults.killAndRestart(service, Duration.ofSeconds(number("kill-downtime", 5)));
                        Thread.sleep(settle.toMillis());
                    }
                }
                if (scenarios.contains("broker-node")) {
                    faults.stopOneBroker(Duration.ofSeconds(number("broker-downtime", 30)), load);
                    Thread.sleep(settle.toMillis());
                }
                if (scenarios.contains("broker")) {
                    faults.stopBroker(Duration.ofSeconds(number("broker-downtime", 30)), load);
                    Thread.sleep(settle.toMillis());
                }
                if (scenarios.contains("storage")) {
                    faults.stopStorage(Duration.ofSeconds(number("storage-downtime", 10)));
                    Thread.sleep(settle.toMillis());
                }
                load.stopAndSettle();
                deadlines.stopAndSettle();
                figures.put("answers 500 or other 5xx than 502-504", load.serverErrors());
                figures.put("answers that made the client retry, by status", load.retriedAnswers());
                figures.put("requests without an answer (retried)", load.unanswered());
                long failedAtClient = load.unanswered() + load.retriedAnswers().values().stream()
                        .mapToLong(Long::longValue).sum();
                figures.put("requests that failed at the client", failedAtClient);
                if (number("replicas", 1) > 1 && !scenarios.contains("broker") && !scenarios.contains("storage")
                        && failedAtClient > 0) {
                    // with a replica of each left, a killed one must cost the client nothing
                    findings.add(failedAtClient + " requests failed at the client with replicas to take them");
                }
                figures.put("most attempts one progress report needed",
                        load.writes().stream().mapToInt(Write::attempts).max().orElse(0));
                if (load.serverErrors() > 0) {
                    findings.add(load.serverErrors() + " answers were 500s: " + load.serverErrorAnswers());
                }
                Duration drain = faults.awaitOutboxesDrained();
                figures.put("outboxes drained after the load (s)", seconds(drain));
                List<EventLog.Event> log = EventLog.readAll(platform.kafkaBootstrapServers(), "roadmap.commitments.v1");
                // a relay's failover (its lease) and a stopped broker show here
                figures.put("longest an event waited in an outbox (s)", seconds(log.stream().map(EventLog.Event::waited)
                        .max(Duration::compareTo).orElse(Duration.ZERO)));
                Outcome outcome = Outcome.of(run, load.writes(), storedSummaries(commitments, reported.keySet(), run),
                        log);
                NotificationOutcome notifications = awaitNotifications(deadlines.changes(), log, observer, loadStarted);
                figures.put("run took (s)", seconds(Duration.between(started, Instant.now())));
                return new Report(figures, outcome, notifications, findings);
            }
        }
    }

    /** Alerts due now go out within seconds; gives them up to a minute after the load before counting. */
    private static NotificationOutcome awaitNotifications(List<DeadlineChanges.Change> changes, List<EventLog.Event> log,
            Observer observer, Instant since) throws Exception {
        Instant giveUp = Instant.now().plusSeconds(60);
        Map<String, Set<String>> events = NotificationOutcome.deadlineEvents(log);
        NotificationOutcome outcome = NotificationOutcome.of(changes, events, observer.overdueDeliveredSince(since));
        while (outcome.lastChangesNotNotified() > 0 && Instant.now().isBefore(giveUp)) {
            Thread.sleep(1000);
            outcome = NotificationOutcome.of(changes, events, observer.overdueDeliveredSince(since));
        }
        for (String commitmentId : outcome.notNotified().subList(0, Math.min(3, outcome.notNotified().size()))) {
            outcome.examples().add(commitmentId + ": " + observer.overdueAlerts(commitmentId));
        }
        return outcome;
    }

    private static Map<String, Integer> storedSummaries(PlatformApi commitments, Collection<String> ids, String run)
            throws IOException, InterruptedException {
        Map<String, Integer> counts = new HashMap<>();
        for (String id : ids) {
            // every page of the timeline, newest first
            for (int page = 0; ; page++) {
                JsonNode reports = commitments.getJson("/api/v1/commitments/" + id + "/progress-reports?size=200&page="
                        + page);
                for (JsonNode report : reports.path("content")) {
                    String summary = report.path("summary").asString("");
                    if (summary.startsWith("Fault run " + run + ",")) {
                        counts.merge(summary, 1, Integer::sum);
                    }
                }
                if (page + 1 >= reports.path("page").path("totalPages").asInt(0)) {
                    break;
                }
            }
        }
        return counts;
    }

    private int number(String option, int defaultValue) {
        return Integer.parseInt(options.getOrDefault(option, String.valueOf(defaultValue)));
    }

    static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f", duration.toMillis() / 1000.0);
    }

    static boolean isProblem(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
    }
}
