package org.roadmap.bench.faults;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.roadmap.bench.Platform;
import org.roadmap.launcher.PlatformParts;
import org.slf4j.LoggerFactory;

/**
 * The platform as the launcher's parts, each of which can be stopped, killed and started again while the
 * others run: Kafka and the MongoDB-wire server in this JVM, the issuer and the four services as child JVMs.
 * The launcher itself runs them in a process of its own, out of reach of the fault suite.
 */
final class FaultablePlatform implements Platform, AutoCloseable {

    private static final Duration READINESS = Duration.ofMinutes(3);
    private static final Duration GRACEFUL_STOP = Duration.ofSeconds(20);

    private final PlatformParts parts;
    private final Map<String, Process> services = new LinkedHashMap<>();
    private AutoCloseable mongo;
    private AutoCloseable kafka;

    private FaultablePlatform(PlatformParts parts) {
        this.parts = parts;
    }

    /** Starts everything with the launcher's options (ports, data directory, services directory) and waits until ready. */
    static FaultablePlatform start(List<String> launcherOptions) throws Exception {
        // the broker and the MongoDB-wire server log here: warnings only, as the launcher keeps them
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        FaultablePlatform platform = new FaultablePlatform(PlatformParts.of(launcherOptions.toArray(String[]::new)));
        try {
            platform.startMongo();
            platform.startKafka();
            for (String service : platform.serviceNames()) {
                platform.services.put(service, platform.parts.startService(service));
            }
            for (String service : platform.serviceNames()) {
                platform.awaitReady(service);
            }
            return platform;
        } catch (Exception | Error e) {
            platform.close();
            throw e;
        }
    }

    List<String> serviceNames() {
        return parts.services();
    }

    @Override
    public int port(String part) {
        return parts.port(part);
    }

    @Override
    public String kafkaBootstrapServers() {
        return parts.kafkaBootstrapServers();
    }

    @Override
    public Path identityDirectory() {
        return parts.identityDirectory();
    }

    /** SIGKILL: no shutdown hook, no graceful stop, whatever was in flight is cut off. */
    void kill(String service) throws InterruptedException {
        services.get(service).destroyForcibly().waitFor();
    }

    /** Starts a killed service again on the same data and waits until it is ready. */
    Duration restart(String service) throws Exception {
        Instant started = Instant.now();
        services.put(service, parts.startService(service));
        awaitReady(service);
        return Duration.between(started, Instant.now());
    }

    void stopKafka() throws Exception {
        kafka.close();
        kafka = null;
    }

    /** The same broker again: the same log directory and ports, so the services' clients reconnect on their own. */
    void startKafka() throws Exception {
        kafka = parts.startKafka();
    }

    int kafkaBrokers() {
        return parts.kafkaBrokers();
    }

    /** Stops one node of a Kafka cluster, as a crash of it would. */
    void stopKafkaNode(int node) {
        parts.stopKafkaNode(node);
    }

    void restartKafkaNode(int node) throws Exception {
        parts.restartKafkaNode(node);
    }

    void stopMongo() throws Exception {
        mongo.close();
        mongo = null;
    }

    void startMongo() throws Exception {
        mongo = parts.startMongo();
    }

    private void awaitReady(String service) throws InterruptedException {
        Process process = services.get(service);
        Instant deadline = Instant.now().plus(READINESS);
        while (!isReady(service)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(service + " exited with code " + process.exitValue() + "; see "
                        + log(service));
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(service + " not ready within " + READINESS.toSeconds() + " s; see "
                        + log(service));
            }
            Thread.sleep(250);
        }
    }

    private Path log(String service) {
        return parts.logDirectory().resolve(service + ".log");
    }

    /** Stops the services gracefully (SIGTERM, then SIGKILL after 20 s), then the infrastructure. */
    @Override
    public void close() throws Exception {
        services.values().forEach(Process::destroy);
        Instant deadline = Instant.now().plus(GRACEFUL_STOP);
        for (Process service : services.values()) {
            long remaining = Math.max(0, Duration.between(Instant.now(), deadline).toMillis());
            if (!service.waitFor(remaining, TimeUnit.MILLISECONDS)) {
                service.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        }
        if (kafka != null) {
            kafka.close();
        }
        if (mongo != null) {
            mongo.close();
        }
    }
}
