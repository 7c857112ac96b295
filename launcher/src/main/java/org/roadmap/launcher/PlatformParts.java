package org.roadmap.launcher;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The platform's parts as the launcher makes them, for a program that starts them one at a time in
 * its own JVM and takes any of them away while the others run (the fault suite in {@code bench/}):
 * the same options, data layout, broker, topics and service arguments as {@link PlatformLauncher},
 * without its checks, console or supervision. The only public entry to the launcher besides its main.
 */
public final class PlatformParts {

    /** The JVM options each service runs with unless {@code --service-jvm-opts} says otherwise. */
    public static final String DEFAULT_SERVICE_JVM_OPTS = LauncherSettings.DEFAULT_JVM_OPTS;

    private final LauncherSettings settings;
    private final Map<String, ServiceDefinition> services = new LinkedHashMap<>();
    private EmbeddedKafkaCluster kafka;

    private PlatformParts(LauncherSettings settings) {
        this.settings = settings;
        ServiceDefinition.forPlatform(settings).forEach(definition -> services.put(definition.name(), definition));
    }

    /** @param launcherOptions the launcher's {@code --option=value} arguments (its {@code --help}) */
    public static PlatformParts of(String... launcherOptions) {
        return new PlatformParts(LauncherSettings.fromArgs(launcherOptions));
    }

    /** The services in the order the launcher starts them: the issuer first, the gateway last. */
    public List<String> services() {
        return List.copyOf(services.keySet());
    }

    public int port(String service) {
        return definition(service).port();
    }

    public String kafkaBootstrapServers() {
        return settings.kafkaBootstrapServers();
    }

    /** The issuer's signing key and the seeded users' secrets. */
    public Path identityDirectory() {
        return settings.identityDir();
    }

    /** Each service's log, {@code <service>.log}. */
    public Path logDirectory() {
        return settings.logDir();
    }

    /** The MongoDB-wire server on its file and port; closing it stops it, and the next start finds the same data. */
    public AutoCloseable startMongo() throws IOException {
        return EmbeddedMongo.start(settings.mongoFile(), settings.mongoPort());
    }

    /** The Kafka broker with the platform's topics; closing it stops it, and the next start finds the same log and ports. */
    public AutoCloseable startKafka() throws Exception {
        EmbeddedKafkaCluster kafka = EmbeddedKafkaCluster.start(settings);
        try {
            PlatformTopics.createMissing(kafka.bootstrapServers(), kafka.size());
            this.kafka = kafka;
            return kafka;
        } catch (Exception | Error e) {
            kafka.close();
            throw e;
        }
    }

    /** How many brokers Kafka runs ({@code --kafka-brokers}). */
    public int kafkaBrokers() {
        return settings.kafkaBrokers();
    }

    /** Stops one node of the Kafka cluster started last, as a crash of it would; the others go on. */
    public void stopKafkaNode(int node) {
        kafka.stop(node);
    }

    /** Starts that node again, on its log. */
    public void restartKafkaNode(int node) throws Exception {
        kafka.restart(node);
    }

    /**
     * One service as a child JVM, its output appended to its log; its jar extracted first as
     * {@code --service-startup} says. A class-data archive is kept only by the launcher's own stop: with
     * {@code --service-startup=cds} every start here records one again, so prefer {@code extracted}.
     */
    public Process startService(String service) throws IOException, InterruptedException {
        return ServiceProcess.start(definition(service), settings).process();
    }

    private ServiceDefinition definition(String service) {
        ServiceDefinition definition = services.get(service);
        if (definition == null) {
            throw new IllegalArgumentException("No service " + service + "; known: " + services.keySet());
        }
        return definition;
    }
}
