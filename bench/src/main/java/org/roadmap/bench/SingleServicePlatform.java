package org.roadmap.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.roadmap.launcher.PlatformParts;
import org.slf4j.LoggerFactory;

/**
 * The launcher's parts for a benchmark of one service: the Kafka broker and the MongoDB-wire server in this JVM,
 * the issuer and the service as child JVMs, with the launcher's options and ports. The service can be stopped and
 * started again on the same data with other JVM options, e.g. a setting switched off for the first run.
 */
final class SingleServicePlatform implements Platform, AutoCloseable {

    private static final Duration READINESS = Duration.ofMinutes(3);

    private final List<String> launcherOptions;
    private final String service;
    private final PlatformParts parts;
    private AutoCloseable mongo;
    private AutoCloseable kafka;
    private Process issuer;
    private Process running;

    private SingleServicePlatform(List<String> launcherOptions, String service) {
        this.launcherOptions = List.copyOf(launcherOptions);
        this.service = service;
        this.parts = PlatformParts.of(launcherOptions.toArray(String[]::new));
    }

    /** Starts the infrastructure, the issuer and {@code service} with {@code jvmOptions}, and waits until ready. */
    static SingleServicePlatform start(List<String> launcherOptions, String service, String jvmOptions)
            throws Exception {
        // the broker and the MongoDB-wire server log here: warnings only, as the launcher keeps them
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        SingleServicePlatform platform = new SingleServicePlatform(launcherOptions, service);
        try {
            platform.mongo = platform.parts.startMongo();
            platform.kafka = platform.parts.startKafka();
            platform.issuer = platform.parts.startService("identity");
            platform.startService(jvmOptions);
            platform.awaitReady("identity", platform.issuer);
            platform.awaitReady(service, platform.running);
            return platform;
        } catch (Exception | Error e) {
            platform.close();
            throw e;
        }
    }

    /** Starts the service with {@code jvmOptions} (the launcher's {@code --service-jvm-opts}), without waiting. */
    void startService(String jvmOptions) throws Exception {
        List<String> options = new ArrayList<>(launcherOptions);
        options.add("--service-jvm-opts=" + jvmOptions);
        running = PlatformParts.of(options.toArray(String[]::new)).startService(service);
    }

    /** SIGTERM, as an operator's restart: the service shuts down gracefully. */
    void stopService() throws InterruptedException {
        running.destroy();
        if (!running.waitFor(30, TimeUnit.SECONDS)) {
            running.destroyForcibly().waitFor();
        }
    }

    boolean serviceAlive() {
        return running.isAlive();
    }

    Path serviceLog() {
        return parts.logDirectory().resolve(service + ".log");
    }

    void awaitServiceReady() throws InterruptedException {
        awaitReady(service, running);
    }

    private void awaitReady(String part, Process process) throws InterruptedException {
        Instant deadline = Instant.now().plus(READINESS);
        while (!isReady(part)) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(part + " did not get ready; see " + parts.logDirectory());
            }
            Thread.sleep(250);
        }
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

    @Override
    public void close() throws Exception {
        for (Process process : new Process[] {running, issuer}) {
            if (process != null) {
                process.destroy();
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
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
