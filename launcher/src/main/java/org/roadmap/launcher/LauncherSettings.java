package org.roadmap.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the launcher runs where, built from {@code --key=value} arguments. Every option has a
 * default, so running the jar without arguments starts the platform on its usual ports.
 */
record LauncherSettings(
        Path dataDir,
        int mongoPort,
        int kafkaPort,
        int kafkaControllerPort,
        int kafkaBrokers,
        int replicas,
        int gatewayPort,
        String gatewayAddress,
        int commitmentsPort,
        int meetingsPort,
        int notificationsPort,
        int identityPort,
        Path servicesDir,
        List<String> serviceJvmOpts,
        ServiceStartup serviceStartup,
        Duration readinessTimeout,
        RestartPolicy restarts) {

    /** {@code --gateway-address} when the gateway should listen on every interface, as it does by default. */
    static final String ALL_INTERFACES = "";

    /** Where everything but the gateway listens: the gateway's limits cannot be bypassed from the network. */
    static final String LOOPBACK = "127.0.0.1";

    /**
     * C1 only, a small young generation that grows with need: measured against full tiered compilation, class-data
     * archives and other heaps in docs/adr/0012 (the JVM options benchmark).
     */
    static final String DEFAULT_JVM_OPTS = "-Xms64m -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k";

    static final ServiceStartup DEFAULT_STARTUP = ServiceStartup.EXTRACTED;

    /** Enough to show that several of each stay correct; each replica is a JVM of its own on this machine. */
    static final int MAX_REPLICAS = 3;

    private static final Set<String> OPTIONS = Set.of("data-dir", "mongo-port", "kafka-port",
            "kafka-controller-port", "kafka-brokers", "replicas", "gateway-port", "gateway-address", "commitments-port", "meetings-port",
            "notifications-port", "identity-port", "services-dir", "service-jvm-opts", "service-startup",
            "readiness-timeout", "restart-delay", "restart-max-delay", "restart-limit", "restart-window");

    LauncherSettings {
        if (replicas > 1 && serviceStartup == ServiceStartup.CDS) {
            // each JVM that records writes the service's one archive as it exits
            throw new IllegalArgumentException("--service-startup=cds records one archive per service: with --replicas="
                    + replicas + " use --service-startup=extracted.");
        }
        dataDir = dataDir.toAbsolutePath().normalize();
        servicesDir = servicesDir.toAbsolutePath().normalize();
        serviceJvmOpts = List.copyOf(serviceJvmOpts);
    }

    /** @throws IllegalArgumentException naming the offending argument */
    static LauncherSettings fromArgs(String... args) {
        Map<String, String> values = new HashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (!arg.startsWith("--") || equals < 0) {
                throw new IllegalArgumentException("Expected --option=value but got '" + arg + "'.");
            }
            String option = arg.substring(2, equals);
            if (!OPTIONS.contains(option)) {
                throw new IllegalArgumentException("Unknown option --" + option + ".");
            }
            values.put(option, arg.substring(equals + 1));
        }
        int kafkaPort = port(values, "kafka-port", 9092);
        return new LauncherSettings(
                Path.of(values.getOrDefault("data-dir", ".roadmap")),
                port(values, "mongo-port", 27017),
                kafkaPort,
                port(values, "kafka-controller-port", kafkaPort + 1),
                brokers(values),
                replicas(values),
                port(values, "gateway-port", 8080),
                values.getOrDefault("gateway-address", ALL_INTERFACES).trim(),
                port(values, "commitments-port", 8081),
                port(values, "meetings-port", 8082),
                port(values, "notifications-port", 8083),
                port(values, "identity-port", 8084),
                values.containsKey("services-dir") ? Path.of(values.get("services-dir")) : defaultServicesDir(),
                Arrays.asList(values.getOrDefault("service-jvm-opts", DEFAULT_JVM_OPTS).trim().split("\\s+")),
                values.containsKey("service-startup") ? ServiceStartup.of(values.get("service-startup"))
                        : DEFAULT_STARTUP,
                Duration.ofSeconds(number(values, "readiness-timeout", 180)),
                new RestartPolicy(
                        seconds(values, "restart-delay", RestartPolicy.DEFAULT.firstDelay()),
                        seconds(values, "restart-max-delay", RestartPolicy.DEFAULT.maxDelay()),
                        number(values, "restart-limit", RestartPolicy.DEFAULT.limit()),
                        seconds(values, "restart-window", RestartPolicy.DEFAULT.window())));
    }

    static String usage() {
        return """
                Starts the Road Map platform: Kafka, a MongoDB-wire server, the local token issuer
                and the four services.
                Usage: java -jar roadmap-launcher.jar [--option=value ...]

                  --data-dir=PATH               Kafka log, Mongo file, service logs and
                                                extracted service jars, made readable
                                                by you only                      (.roadmap)
                  --mongo-port=PORT             MongoDB wire protocol                    (27017)
                  --kafka-port=PORT             Kafka bootstrap                          (9092)
                  --kafka-controller-port=PORT  KRaft controller                         (kafka port + 1)
                  --kafka-brokers=N             1, or 3: a KRaft cluster in this JVM, every
                                                partition on 3 brokers and a write acknowledged
                                                by 2, broker n (from 0) on the two ports above
                                                plus 2n                                  (1)
                  --replicas=N                  replicas of the gateway and of each domain
                                                service, 1 to %d: replica r (from 0) listens
                                                on its port plus 100r, each gateway balances
                                                over all of them; the issuer runs once    (1)
                  --gateway-port=PORT           the platform's front door                (8080)
                  --gateway-address=ADDRESS     where the gateway listens, e.g. 127.0.0.1
                                                (all interfaces); everything else listens
                                                on 127.0.0.1 only
                  --commitments-port=PORT       commitments-service                      (8081)
                  --meetings-port=PORT          meetings-service                         (8082)
                  --notifications-port=PORT     notifications-service                    (8083)
                  --identity-port=PORT          identity, the local token issuer         (8084)
                  --services-dir=PATH           the services' jars       (services/ next to this jar)
                  --service-jvm-opts="OPTS"     JVM options of each service
                                                (%s)
                  --service-startup=HOW         where each service's JVM finds its classes (%s):
                                                jar        its jar as built
                                                extracted  its jar extracted into the data
                                                           directory once per build
                                                cds        extracted, and a class-data archive
                                                           recorded on its first run, which
                                                           later starts map
                  --readiness-timeout=SECONDS   how long the services may take to get ready (180)
                  --restart-delay=SECONDS       the wait before restarting a service that
                                                exited on its own, doubled at each of its
                                                exits                                    (%s)
                  --restart-max-delay=SECONDS   the longest such wait                    (%s)
                  --restart-limit=N             restarts of a service within the window
                                                before giving up on it; 0 never restarts (%d)
                  --restart-window=SECONDS      exits older than this are forgotten      (%s)
                  --help                        this text
                """.formatted(MAX_REPLICAS, DEFAULT_JVM_OPTS, DEFAULT_STARTUP.option(),
                RestartPolicy.DEFAULT.firstDelay().toSeconds(), RestartPolicy.DEFAULT.maxDelay().toSeconds(),
                RestartPolicy.DEFAULT.limit(), RestartPolicy.DEFAULT.window().toSeconds());
    }

    Path kafkaDir() {
        return dataDir.resolve("kafka");
    }

    /** The nodes of a cluster of several brokers, kept apart from the single broker's log. */
    Path kafkaClusterDir() {
        return dataDir.resolve("kafka-cluster");
    }

    /** Every port the brokers listen on, controllers included. */
    List<Integer> kafkaPorts() {
        List<Integer> ports = new java.util.ArrayList<>();
        for (int n = 0; n < kafkaBrokers; n++) {
            ports.add(kafkaPort + 2 * n);
            ports.add(kafkaControllerPort + 2 * n);
        }
        return ports;
    }

    Path mongoFile() {
        return dataDir.resolve("mongo").resolve("roadmap.mv");
    }

    /** Each service's jar extracted, and its class-data archive ({@link ServiceClasses}). */
    Path extractedServicesDir() {
        return dataDir.resolve("services");
    }

    /** The issuer's signing key and the seeded users' secrets. */
    Path identityDir() {
        return dataDir.resolve("identity");
    }

    String issuerUri() {
        return "http://localhost:" + identityPort;
    }

    Path logDir() {
        return dataDir.resolve("logs");
    }

    String kafkaBootstrapServers() {
        return String.join(",", java.util.stream.IntStream.range(0, kafkaBrokers)
                .mapToObj(n -> "127.0.0.1:" + (kafkaPort + 2 * n)).toList());
    }

    // `java -jar` puts exactly the launcher jar on the class path; from an IDE, assume the repository root.
    private static Path defaultServicesDir() {
        Path classPath = Path.of(System.getProperty("java.class.path", ""));
        if (classPath.toString().endsWith(".jar")) {
            Path parent = classPath.toAbsolutePath().getParent();
            return parent.resolve("services");
        }
        return Path.of("launcher", "target", "services");
    }

    private static int brokers(Map<String, String> values) {
        int brokers = number(values, "kafka-brokers", 1);
        if (brokers != 1 && brokers != EmbeddedKafkaCluster.REPLICATION) {
            throw new IllegalArgumentException("--kafka-brokers must be 1 or " + EmbeddedKafkaCluster.REPLICATION
                    + ", not " + brokers + ".");
        }
        return brokers;
    }

    private static int replicas(Map<String, String> values) {
        int replicas = number(values, "replicas", 1);
        if (replicas < 1 || replicas > MAX_REPLICAS) {
            throw new IllegalArgumentException("--replicas must be between 1 and " + MAX_REPLICAS + ", not " + replicas
                    + ".");
        }
        return replicas;
    }

    private static int port(Map<String, String> values, String option, int defaultPort) {
        int port = number(values, option, defaultPort);
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("--" + option + " must be a port between 1 and 65535, not " + port + ".");
        }
        return port;
    }

    /** Seconds, with a fraction if need be (tests restart in tenths of a second). */
    private static Duration seconds(Map<String, String> values, String option, Duration defaultValue) {
        String value = values.get(option);
        if (value == null) {
            return defaultValue;
        }
        try {
            return Duration.ofMillis(Math.round(Double.parseDouble(value.trim()) * 1000));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + option + " expects a number of seconds, not '" + value + "'.");
        }
    }

    private static int number(Map<String, String> values, String option, int defaultValue) {
        String value = values.get(option);
        if (value == null) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + option + " expects a number, not '" + value + "'.");
        }
    }
}
