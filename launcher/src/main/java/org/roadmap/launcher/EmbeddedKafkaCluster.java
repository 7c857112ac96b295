package org.roadmap.launcher;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.kafka.common.Uuid;

/**
 * The embedded default's Kafka: one broker, or a KRaft cluster of several in this JVM
 * ({@code --kafka-brokers=3}), each node both broker and controller, with the replication a production
 * cluster has: every topic (the platform's, dead-letter and internal ones) on 3 nodes, and a write
 * acknowledged by 2, so the platform goes on when one broker stops. Node {@code n} listens on the
 * Kafka port plus {@code 2n} and its controller on the controller port plus {@code 2n}; a cluster keeps
 * its logs apart from the single broker's ({@code kafka-cluster/node-<id>}), as the two cannot share one.
 */
final class EmbeddedKafkaCluster implements AutoCloseable {

    /** Replicas of each partition, and how many must have a write before it is acknowledged, in a cluster. */
    static final int REPLICATION = 3;
    static final int MIN_IN_SYNC = 2;

    /** How one node is started, kept to start it again after a fault test stopped it. */
    private record Node(Path logDir, int port, Properties properties, String clusterId) {

        EmbeddedKafkaBroker start() throws Exception {
            return EmbeddedKafkaBroker.start(logDir, port, properties, List.of(), clusterId);
        }
    }

    private final List<EmbeddedKafkaBroker> brokers;
    private final List<Node> nodes;

    private EmbeddedKafkaCluster(List<EmbeddedKafkaBroker> brokers, List<Node> nodes) {
        this.brokers = new ArrayList<>(brokers);
        this.nodes = List.copyOf(nodes);
    }

    static EmbeddedKafkaCluster start(LauncherSettings settings) throws Exception {
        if (settings.kafkaBrokers() == 1) {
            return new EmbeddedKafkaCluster(List.of(EmbeddedKafkaBroker.start(settings.kafkaDir(),
                    settings.kafkaPort(), settings.kafkaControllerPort())), List.of());
        }
        return start(settings.kafkaClusterDir(), settings.kafkaBrokers(), settings.kafkaPort(),
                settings.kafkaControllerPort());
    }

    /** {@code nodes} brokers under {@code directory}, started together: none is ready before a majority runs. */
    static EmbeddedKafkaCluster start(Path directory, int nodes, int port, int controllerPort) throws Exception {
        PrivateFiles.directory(directory);
        String clusterId = clusterId(directory);
        String voters = IntStream.range(0, nodes).mapToObj(n -> (n + 1) + "@127.0.0.1:" + (controllerPort + 2 * n))
                .collect(Collectors.joining(","));
        ExecutorService starting = Executors.newFixedThreadPool(nodes);
        List<Future<EmbeddedKafkaBroker>> started = new ArrayList<>();
        List<Node> specs = new ArrayList<>();
        try {
            for (int n = 0; n < nodes; n++) {
                Path logDir = directory.resolve("node-" + (n + 1));
                int nodePort = port + 2 * n;
                Node node = new Node(logDir, nodePort, properties(logDir, n + 1, nodePort, controllerPort + 2 * n,
                        voters), clusterId);
                specs.add(node);
                started.add(starting.submit(node::start));
            }
            List<EmbeddedKafkaBroker> brokers = new ArrayList<>();
            Exception failure = null;
            for (Future<EmbeddedKafkaBroker> broker : started) {
                try {
                    brokers.add(broker.get(120, TimeUnit.SECONDS));
                } catch (Exception e) {
                    failure = failure == null ? e : failure;
                }
            }
            if (failure != null) {
                closeAll(brokers);
                throw failure;
            }
            return new EmbeddedKafkaCluster(brokers, specs);
        } finally {
            starting.shutdownNow();
        }
    }

    String bootstrapServers() {
        return brokers.stream().map(EmbeddedKafkaBroker::bootstrapServers).collect(Collectors.joining(","));
    }

    int size() {
        return brokers.size();
    }

    /** Stops one node, as a crash of it would, for the fault tests; the others go on. */
    synchronized void stop(int node) {
        brokers.get(node).close();
    }

    /** Starts a node {@link #stop(int) stopped} before again, on its log: it catches up from the others. */
    synchronized void restart(int node) throws Exception {
        if (nodes.isEmpty()) {
            throw new IllegalStateException("a single broker is restarted with the whole of Kafka");
        }
        brokers.set(node, nodes.get(node).start());
    }

    @Override
    public synchronized void close() {
        closeAll(brokers);
    }

    /** Together: a node stopping alone would wait for a controller majority the others took away. */
    private static void closeAll(List<EmbeddedKafkaBroker> brokers) {
        brokers.parallelStream().forEach(broker -> {
            try {
                broker.close();
            } catch (RuntimeException alreadyStopped) {
                // a node stopped before (a fault test) has nothing left to close
            }
        });
    }

    /** Every node of a cluster is formatted with the same id; kept beside the nodes for their next formats. */
    private static String clusterId(Path directory) throws java.io.IOException {
        Path file = directory.resolve("cluster.id");
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        }
        String id = Uuid.randomUuid().toString();
        Files.writeString(file, id, StandardCharsets.UTF_8);
        return id;
    }

    /** A node's configuration: the single broker's, with the cluster's voters and replication. */
    static Properties properties(Path logDir, int nodeId, int port, int controllerPort, String voters) {
        Properties properties = EmbeddedKafkaBroker.properties(logDir, port, controllerPort);
        properties.put("node.id", String.valueOf(nodeId));
        properties.put("controller.quorum.voters", voters);
        for (String internal : List.of("offsets.topic", "transaction.state.log",
                "share.coordinator.state.topic")) {
            properties.put(internal + ".replication.factor", String.valueOf(REPLICATION));
        }
        properties.put("transaction.state.log.min.isr", String.valueOf(MIN_IN_SYNC));
        properties.put("share.coordinator.state.topic.min.isr", String.valueOf(MIN_IN_SYNC));
        // topics the services create themselves (dead-letter topics) get the same
        properties.put("default.replication.factor", String.valueOf(REPLICATION));
        properties.put("min.insync.replicas", String.valueOf(MIN_IN_SYNC));
        return properties;
    }
}
