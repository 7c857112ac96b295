package org.roadmap.bench.faults;

import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.roadmap.bench.OutboxDrain;
import org.roadmap.bench.Platform;
import org.roadmap.bench.PlatformApi;
import org.roadmap.events.EventJson;

/** The faults themselves, each observed from outside as a client and an operator would. */
final class Faults {

    private static final List<String> WITH_OUTBOX = List.of("commitments-service", "meetings-service",
            "notifications-service");
    private static final String SEEDED_COMMITMENTS = "/api/v1/commitments?roadMapId=" + Platform.SEEDED_ROAD_MAP;

    private final FaultablePlatform platform;
    private final PlatformApi gateway;
    private final Map<String, Object> figures;
    private final List<String> findings;
    private final String operatorToken;

    Faults(FaultablePlatform platform, PlatformApi gateway, Map<String, Object> figures, List<String> findings,
            String operatorToken) {
        this.platform = platform;
        this.operatorToken = operatorToken;
        this.gateway = gateway;
        this.figures = figures;
        this.findings = findings;
    }

    void killAndRestart(String service, Duration downtime) throws Exception {
        platform.kill(service);
        Thread.sleep(downtime.toMillis());
        Duration restart = platform.restart(service);
        figures.put("kill -9 " + service + ", ready again after (s)", FaultSuite.seconds(restart));
    }

    /**
     * One node of a three-broker cluster stops: with every partition on 3 nodes and a write acknowledged by 2,
     * writes and their events go on meanwhile; the node catches up when it is back.
     */
    void stopOneBroker(Duration downtime, WriteLoad load) throws Exception {
        int node = platform.kafkaBrokers() - 1;
        long acknowledgedBefore = load.acknowledged();
        platform.stopKafkaNode(node);
        Thread.sleep(downtime.toMillis());
        long acknowledgedDuring = load.acknowledged() - acknowledgedBefore;
        Instant restarting = Instant.now();
        platform.restartKafkaNode(node);
        figures.put("Kafka node " + (node + 1) + " of " + platform.kafkaBrokers() + " stopped " + downtime.toSeconds()
                + " s: writes acknowledged meanwhile", acknowledgedDuring);
        figures.put("Kafka node " + (node + 1) + " started again after (s)",
                FaultSuite.seconds(Duration.between(restarting, Instant.now())));
        if (acknowledgedDuring == 0) {
            findings.add("no write was acknowledged while one of " + platform.kafkaBrokers() + " Kafka nodes was down");
        }
    }

    /** Writes go on into the outboxes; health says DEGRADED, not down; after the restart everything drains. */
    void stopBroker(Duration downtime, WriteLoad load) throws Exception {
        long acknowledgedBefore = load.acknowledged();
        platform.stopKafka();
        Instant until = Instant.now().plus(downtime);
        Map<String, Map<String, Integer>> statuses = new TreeMap<>();
        while (Instant.now().isBefore(until)) {
            for (String service : WITH_OUTBOX) {
                String status;
                try {
                    HttpResponse<String> health = operator(service).send("/actuator/health");
                    status = health.statusCode() + " " + EventJson.tree(health.body()).path("status").asString("?");
                } catch (HttpTimeoutException e) {
                    status = "no answer within 30 s";
                }
                statuses.computeIfAbsent(service, s -> new TreeMap<>()).merge(status, 1, Integer::sum);
            }
            Thread.sleep(2000);
        }
        long acknowledgedDuring = load.acknowledged() - acknowledgedBefore;
        platform.startKafka();
        figures.put("Kafka stopped " + downtime.toSeconds() + " s: writes acknowledged meanwhile", acknowledgedDuring);
        figures.put("Kafka stopped: health of the services", statuses);
        statuses.forEach((service, seen) -> {
            if (!seen.containsKey("200 DEGRADED")) {
                findings.add(service + " never showed DEGRADED while Kafka was stopped: " + seen);
            }
            if (seen.keySet().stream().anyMatch(status -> !status.startsWith("200"))) {
                findings.add(service + " health answered other than 200 while Kafka was stopped: " + seen);
            }
        });
        if (acknowledgedDuring == 0) {
            findings.add("no write was acknowledged while Kafka was stopped");
        }
    }

    /** Requests get a 503 problem within the storage timeouts, never hang; the services recover without a restart. */
    void stopStorage(Duration downtime) throws Exception {
        platform.stopMongo();
        Instant until = Instant.now().plus(downtime);
        Map<String, Integer> answers = new TreeMap<>();
        long slowest = 0;
        while (Instant.now().isBefore(until)) {
            long started = System.nanoTime();
            HttpResponse<String> response = gateway.send(SEEDED_COMMITMENTS);
            long millis = (System.nanoTime() - started) / 1_000_000;
            slowest = Math.max(slowest, millis);
            answers.merge(response.statusCode() + (FaultSuite.isProblem(response) ? " problem+json" : " other"), 1,
                    Integer::sum);
            Thread.sleep(500);
        }
        platform.startMongo();
        Instant restarted = Instant.now();
        Instant giveUp = restarted.plusSeconds(60);
        while (gateway.send(SEEDED_COMMITMENTS).statusCode() != 200) {
            if (Instant.now().isAfter(giveUp)) {
                findings.add("reads did not recover within 60 s of MongoDB's restart");
                break;
            }
            Thread.sleep(250);
        }
        figures.put("MongoDB stopped " + downtime.toSeconds() + " s: reads answered", answers);
        figures.put("MongoDB stopped: slowest answer (ms)", slowest);
        figures.put("MongoDB back: reads answered again after (s)", FaultSuite.seconds(Duration.between(restarted,
                Instant.now())));
        if (answers.keySet().stream().anyMatch(a -> !a.equals("503 problem+json") && !a.startsWith("200"))) {
            findings.add("while MongoDB was stopped reads got " + answers);
        }
    }

    /** Until no service has events waiting in its outbox. */
    Duration awaitOutboxesDrained() throws Exception {
        Instant started = Instant.now();
        Instant giveUp = started.plus(Duration.ofMinutes(3));
        for (String service : WITH_OUTBOX) {
            try {
                OutboxDrain.await(operator(service), Duration.between(Instant.now(), giveUp));
            } catch (IllegalStateException stillPending) {
                findings.add(service + " still had events in its outbox 3 minutes after the load");
                break;
            }
        }
        return Duration.between(started, Instant.now());
    }

    private PlatformApi operator(String service) {
        return PlatformApi.of(platform.url(service), operatorToken);
    }
}
