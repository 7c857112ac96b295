package org.roadmap.launcher;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * A real Apache Kafka broker in this JVM: one KRaft node acting as broker and controller,
 * storing its log under the data directory so topics and records survive a restart.
 */
final class EmbeddedKafkaBroker implements AutoCloseable {

    private final KafkaRaftServer server;
    private final int port;

    private EmbeddedKafkaBroker(KafkaRaftServer server, int port) {
        this.server = server;
        this.port = port;
    }

    static EmbeddedKafkaBroker start(Path logDir, int port, int controllerPort) throws Exception {
        return start(logDir, port, properties(logDir, port, controllerPort), List.of());
    }

    /**
     * A broker with the given configuration; {@code scramCredentials} ({@code SCRAM-SHA-512=[name=..,password=..]},
     * as {@code kafka-storage format --add-scram} takes them) are stored when the log is first formatted.
     */
    static EmbeddedKafkaBroker start(Path logDir, int port, Properties properties, List<String> scramCredentials)
            throws Exception {
        return start(logDir, port, properties, scramCredentials, Uuid.randomUuid().toString());
    }

    /** A node of a cluster: every node is formatted with the cluster's id. */
    static EmbeddedKafkaBroker start(Path logDir, int port, Properties properties, List<String> scramCredentials,
            String clusterId) throws Exception {
        PrivateFiles.directory(logDir);
        KafkaConfig config = KafkaConfig.fromProps(properties, false);
        // Formatting twice would fail (and a new cluster id would orphan the old log), so only the first start formats.
        if (!Files.exists(logDir.resolve("meta.properties"))) {
            format(config, scramCredentials, clusterId);
        }
        KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
        try {
            server.startup();
        } catch (RuntimeException e) {
            server.shutdown();
            throw e;
        }
        return new EmbeddedKafkaBroker(server, port);
    }

    String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }

    private static void format(KafkaConfig config, List<String> scramCredentials, String clusterId) throws Exception {
        Formatter formatter = new Formatter();
        if (!scramCredentials.isEmpty()) {
            formatter.setScramArguments(scramCredentials);
        }
        formatter
                .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                .setNodeId(config.nodeId())
                .setClusterId(clusterId)
                .setControllerListenerName(config.controllerListenerNames().get(0))
                .setMetadataLogDirectory(config.metadataLogDir())
                .addDirectory(config.metadataLogDir())
                .run();
    }

    /** The embedded default's configuration: plaintext listeners on loopback, no authentication. */
    static Properties properties(Path logDir, int port, int controllerPort) {
        Properties properties = new Properties();
        properties.put("process.roles", "broker,controller");
        properties.put("node.id", "1");
        properties.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        properties.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        properties.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        properties.put("controller.listener.names", "CONTROLLER");
        properties.put("inter.broker.listener.name", "PLAINTEXT");
        properties.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        properties.put("log.dirs", logDir.toString());
        // A single node cannot hold more than one replica of the internal topics.
        properties.put("offsets.topic.replication.factor", "1");
        properties.put("transaction.state.log.replication.factor", "1");
        properties.put("transaction.state.log.min.isr", "1");
        properties.put("share.coordinator.state.topic.replication.factor", "1");
        properties.put("share.coordinator.state.topic.min.isr", "1");
        properties.put("group.initial.rebalance.delay.ms", "0");
        // Sized for a laptop rather than a cluster: fewer threads and internal partitions, and a
        // cleaner buffer of 8 MiB instead of the default 128 MiB that would sit on the heap.
        properties.put("offsets.topic.num.partitions", "5");
        properties.put("transaction.state.log.num.partitions", "5");
        properties.put("share.coordinator.state.topic.num.partitions", "5");
        properties.put("num.network.threads", "2");
        properties.put("num.io.threads", "2");
        properties.put("background.threads", "2");
        properties.put("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024));
        return properties;
    }
}
