package org.roadmap.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.roadmap.events.EventJson;
import org.roadmap.events.Topics;
import org.springframework.util.FileSystemUtils;

/**
 * How fast the outbox relay drains a backlog: commitments-service runs with its relay off (as the launcher's parts:
 * broker and MongoDB-wire server in this JVM, the issuer and the service as child JVMs, fresh data) while
 * {@code --events} commitments are registered through its API, a few clients at once; each answered write left one
 * event in its outbox. Then the service is restarted with the relay on, as after an outage, and the clock runs from
 * the relay's first send (the first record's producer timestamp) until every event is on
 * {@code roadmap.commitments.v1} and the readiness check says no aggregate has pending events. The baseline, in the
 * same run on the same broker: a plain producer sending the very records the relay sent
 * ({@link RawProducerBaseline}). Figures go to {@code --results}, beside the previous run's.
 * Options: {@code --events=10000 --clients=4 --port-base=18280 --results=bench/results/relay.json}, and
 * {@code --batch-size=N} to run the relay with another {@code roadmap.outbox.batch-size} than its default,
 * {@code --extra-service-jvm-opts="..."} added to the relaying service's options (a flight recording, say).
 */
final class RelayDrainBenchmark {

    private static final String SERVICE = "commitments-service";
    private static final String JVM_OPTS = LaunchedPlatform.SERVICE_JVM_OPTS + " -Droadmap.commitments.seed=false";
    private static final Duration DRAIN_TIMEOUT = Duration.ofMinutes(30);
    private static final List<String> TOPICS = List.of(Topics.COMMITMENTS, Topics.COMMITMENTS_PUBLIC);

    private final int events;
    private final int clients;
    private final String relayOptions;
    private final int portBase;
    private final Path results;

    RelayDrainBenchmark(Map<String, String> options) {
        this.events = Integer.parseInt(options.getOrDefault("events", "10000"));
        this.clients = Integer.parseInt(options.getOrDefault("clients", "4"));
        this.relayOptions = (options.containsKey("batch-size")
                ? " -Droadmap.outbox.batch-size=" + Integer.parseInt(options.get("batch-size")) : "")
                + " " + options.getOrDefault("extra-service-jvm-opts", "");
        this.portBase = Integer.parseInt(options.getOrDefault("port-base", "18280"));
        this.results = Path.of(options.getOrDefault("results", "bench/results/relay.json"));
    }

    void run() throws Exception {
        Path data = Path.of("target", "relay-run-" + portBase).toAbsolutePath();
        FileSystemUtils.deleteRecursively(data);
        List<String> launcherOptions = new ArrayList<>(Platform.launcherOptions(portBase, data));
        Platform.launcherBuild().ifPresent(build -> launcherOptions.add("--services-dir=" + build.resolve("services")));
        System.out.printf("Starting the broker, the MongoDB-wire server, the issuer and %s with its relay off"
                + " on ports %d-%d, data in %s%n", SERVICE, portBase, portBase + 12, data);
        Map<String, Double> figures = new LinkedHashMap<>();
        try (SingleServicePlatform platform = SingleServicePlatform.start(launcherOptions, SERVICE,
                JVM_OPTS + " -Droadmap.outbox.relay-enabled=false")) {
            PlatformApi service = PlatformApi.of(platform.url(SERVICE), PlatformApi.token(platform, "wg-admin"));
            figures.putAll(buildBacklog(service));

            try (TopicTail tail = new TopicTail(platform.kafkaBootstrapServers(), TOPICS)) {
                platform.stopService();
                long restarted = System.currentTimeMillis();
                platform.startService(JVM_OPTS + relayOptions);
                long drained = awaitDrained(platform, service, tail);
                double seconds = (drained - tail.firstSentMillis()) / 1e3;
                // the public copies sent last may still be on their way to this consumer
                while (tail.events(Topics.COMMITMENTS_PUBLIC) < events) {
                    tail.poll(Duration.ofMillis(200));
                }
                int records = tail.records().size();
                figures.put("relay.events", (double) events);
                figures.put("relay.records", (double) records);
                figures.put("relay.duplicate-records", (double) (records - 2 * events));
                figures.put("relay.first-send-after-restart-s", (tail.firstSentMillis() - restarted) / 1e3);
                figures.put("relay.drain-s", seconds);
                figures.put("relay.events-per-s", events / seconds);
                // the machine's cores may be shared: how busy it was says how far to trust the absolute figures
                figures.put("machine.load-average", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

                Map<String, Integer> partitions = new LinkedHashMap<>();
                TOPICS.forEach(topic -> partitions.put(topic, tail.partitions(topic)));
                double baseline = new RawProducerBaseline(platform.kafkaBootstrapServers()).send(tail.records(),
                        partitions);
                figures.put("baseline.s", baseline);
                figures.put("baseline.events-per-s", events / baseline);
                figures.put("relay-to-baseline", baseline / seconds);
            }
        }
        print(figures);
        ResultsFile.compareAndKeep(results, figures);
    }

    /** Registers {@code events} commitments through the API; each write that is answered leaves one event behind. */
    private Map<String, Double> buildBacklog(PlatformApi service) throws Exception {
        System.out.printf("Registering %d commitments through the API (%d clients), the relay off%n", events, clients);
        long started = System.nanoTime();
        long[] nanos = ConcurrentClients.run(clients, events, (client, i) -> {
            int n = client + i * clients;
            service.post("/api/v1/commitments", body(n), "Idempotency-Key", "bench-relay-" + n);
        });
        Latencies writes = Latencies.of("POST /api/v1/commitments (" + clients + " clients)", nanos, started,
                System.nanoTime());
        long pending = pendingAggregates(service);
        if (pending != events) {
            throw new IllegalStateException("Expected " + events + " aggregates with pending events, found " + pending);
        }
        System.out.println("  " + writes.line());
        System.out.printf("  %d aggregates with pending events%n", pending);
        return writes.figures("backlog.post");
    }

    /**
     * Reads the topics until every event is there, then asks readiness until the outbox is empty.
     *
     * @return when the outbox was seen empty (epoch milliseconds)
     */
    private long awaitDrained(SingleServicePlatform platform, PlatformApi service, TopicTail tail) throws Exception {
        long deadline = System.nanoTime() + DRAIN_TIMEOUT.toNanos();
        int reported = 0;
        while (tail.events(Topics.COMMITMENTS) < events) {
            tail.poll(Duration.ofMillis(50));
            if (!platform.serviceAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("Only " + tail.events(Topics.COMMITMENTS) + " of " + events
                        + " events relayed; see " + platform.serviceLog());
            }
            if (tail.events(Topics.COMMITMENTS) >= reported + events / 10) {
                reported = tail.events(Topics.COMMITMENTS);
                System.out.printf("  %d events on %s%n", reported, Topics.COMMITMENTS);
            }
        }
        // not asked during the drain: each probe counts the pending aggregates, which would slow the relay
        while (pendingAggregates(service) != 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Every event is on Kafka but the outbox is not empty");
            }
            Thread.sleep(20);
        }
        return System.currentTimeMillis();
    }

    /** As the readiness check reports it; -1 while the service does not answer. */
    private static long pendingAggregates(PlatformApi service) {
        try {
            return EventJson.tree(service.send("/actuator/health/readiness").body()).path("components").path("outbox")
                    .path("details").path("aggregatesWithPendingEvents").asLong(-1);
        } catch (Exception notYet) {
            return -1;
        }
    }

    private void print(Map<String, Double> figures) {
        double relay = figures.get("relay.events-per-s");
        System.out.printf(Locale.ROOT, "%nOutbox relay draining a backlog of %d events (%.0f records: each event on its"
                + " topic and the public copy)%n", events, figures.get("relay.records"));
        System.out.printf(Locale.ROOT, "  %-52s %8.2f s  %8.1f events/s  (first send %.1f s after the restart,"
                + " %.0f records sent twice)%n", "relay, from its first send until the outbox was empty",
                figures.get("relay.drain-s"), relay, figures.get("relay.first-send-after-restart-s"),
                figures.get("relay.duplicate-records"));
        System.out.printf(Locale.ROOT, "  %-52s %8.2f s  %8.1f events/s%n", "baseline: a plain producer, same records",
                figures.get("baseline.s"), figures.get("baseline.events-per-s"));
        System.out.printf(Locale.ROOT, "  => relay at %.3f of the plain producer's rate (load average %.1f on %d cores"
                + " after the drain)%n", figures.get("relay-to-baseline"), figures.get("machine.load-average"),
                Runtime.getRuntime().availableProcessors());
    }

    private static String body(int n) {
        return """
                {"roadMapId": "bench-relay", "pillar": "%s", "number": %d, "title": "Cooperation on item %d",
                 "text": "Promote dialogue and cooperation between both countries.",
                 "responsibleEntities": [{"name": "Ministry of Foreign Affairs of Peru (MRE)", "country": "PE", "role": "lead"},
                   {"name": "Ministry of Foreign Affairs of Japan (MOFA)", "country": "JP", "role": "lead"}],
                 "cadence": "one-off", "deadline": "2027-01-01"}""".formatted(CommitmentsBenchmark.roman(1 + n % 12),
                1 + n / 12, n);
    }

}
