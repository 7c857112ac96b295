package org.roadmap.launcher;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The embedded platform with parts that can be stopped, killed and restarted one at a time: Kafka
 * and the MongoDB-wire server in this JVM, the issuer and the four services as child JVMs. For the
 * fault suite, which must be able to take any one of them away while writes go on.
 */
public final class FaultablePlatform implements AutoCloseable {

    private static final Duration READINESS = Duration.ofMinutes(3);

    private final LauncherSettings settings;
    private final Map<String, ServiceDefinition> definitions = new LinkedHashMap<>();
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private EmbeddedMongo mongo;
    private EmbeddedKafkaBroker kafka;

    private FaultablePlatform(LauncherSettings settings) {
        this.settings = settings;
        ServiceDefinition.forPlatform(settings).forEach(definition -> definitions.put(definition.name(), definition));
    }

    /** Starts everything with the launcher's options (ports, data directory, services directory) and waits until ready. */
    public static FaultablePlatform start(String... launcherOptions) throws Exception {
        FaultablePlatform platform = new FaultablePlatform(LauncherSettings.fromArgs(launcherOptions));
        try {
            platform.startAll();
            return platform;
        } catch (Exception | Error e) {
            platform.close();
            throw e;
        }
    }

    private void startAll() throws Exception {
        PrivateFiles.directory(settings.dataDir());
        PrivateFiles.directory(settings.logDir());
        startMongo();
        startKafka();
        PlatformTopics.createMissing(settings.kafkaBootstrapServers());
        for (String name : definitions.keySet()) {
            services.put(name, ServiceProcess.start(definitions.get(name), settings));
        }
        for (String name : definitions.keySet()) {
            awaitReady(name);
        }
    }

    public List<String> serviceNames() {
        return List.copyOf(definitions.keySet());
    }

    public int port(String service) {
        return definitions.get(service).port();
    }

    public String kafkaBootstrapServers() {
        return settings.kafkaBootstrapServers();
    }

    public Path identityDirectory() {
        return settings.identityDir();
    }

    public Path logDirectory() {
        return settings.logDir();
    }

    /** SIGKILL: no shutdown hook, no graceful stop, whatever was in flight is cut off. */
    public void kill(String service) throws InterruptedException {
        services.get(service).kill();
    }

    /** Starts a killed service again on the same data and waits until it is ready. */
    public Duration restart(String service) throws Exception {
        Instant started = Instant.now();
        services.put(service, ServiceProcess.start(definitions.get(service), settings));
        awaitReady(service);
        return Duration.between(started, Instant.now());
    }

    public void stopKafka() {
        kafka.close();
        kafka = null;
    }

    /** The same broker again: the same log directory and ports, so the services' clients reconnect on their own. */
    public void startKafka() throws Exception {
        kafka = EmbeddedKafkaBroker.start(settings.kafkaDir(), settings.kafkaPort(), settings.kafkaControllerPort());
    }

    public void stopMongo() {
        mongo.close();
        mongo = null;
    }

    public void startMongo() throws Exception {
        mongo = EmbeddedMongo.start(settings.mongoFile(), settings.mongoPort());
    }

    private void awaitReady(String name) throws Exception {
        ServiceProcess service = services.get(name);
        Instant deadline = Instant.now().plus(READINESS);
        while (!service.isReady(http)) {
            if (!service.isAlive()) {
                throw new IllegalStateException(name + " exited with code " + service.exitCode() + "; last lines:\n  "
                        + String.join("\n  ", service.logTail(40)));
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(name + " not ready within " + READINESS.toSeconds() + " s; see " + service.log());
            }
            Thread.sleep(250);
        }
    }

    /** Stops the services gracefully, then the infrastructure. */
    @Override
    public void close() throws InterruptedException {
        services.values().forEach(ServiceProcess::requestStop);
        Instant deadline = Instant.now().plusSeconds(20);
        for (ServiceProcess service : services.values()) {
            service.awaitStop(deadline);
        }
        if (kafka != null) {
            kafka.close();
        }
        if (mongo != null) {
            mongo.close();
        }
    }
}
