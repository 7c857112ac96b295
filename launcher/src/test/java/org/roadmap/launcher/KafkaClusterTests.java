package org.roadmap.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --kafka-brokers=3}: a real three-node KRaft cluster that keeps every acknowledged write when a node stops. */
class KafkaClusterTests {

    private static final String TOPIC = "roadmap.commitments.v1";

    @TempDir
    Path data;

    @Test
    void keepsEveryAcknowledgedWriteWhenOneOfThreeBrokersStopsAndTheNodeCatchesUpWhenItIsBack() throws Exception {
        int port = FreePorts.consecutive(12);
        try (EmbeddedKafkaCluster cluster = EmbeddedKafkaCluster.start(data.resolve("kafka-cluster"), 3, port, port + 6)) {
            assertThat(PlatformTopics.createMissing(cluster.bootstrapServers(), cluster.size()))
                    .containsAll(PlatformTopics.NAMES);
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", cluster.bootstrapServers()))) {
                TopicDescription topic = admin.describeTopics(List.of(TOPIC)).allTopicNames().get(30, TimeUnit.SECONDS)
                        .get(TOPIC);
                assertThat(topic.partitions()).allSatisfy(p -> assertThat(p.replicas()).hasSize(3));
                ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, TOPIC);
                assertThat(admin.describeConfigs(List.of(resource)).all().get(30, TimeUnit.SECONDS).get(resource)
                        .get("min.insync.replicas").value()).isEqualTo("2");
            }
            List<String> written = new ArrayList<>();
            try (KafkaProducer<String, String> producer = producer(cluster)) {
                for (int i = 0; i < 30; i++) {
                    producer.send(new ProducerRecord<>(TOPIC, "key-" + i, "before-" + i)).get(30, TimeUnit.SECONDS);
                    written.add("before-" + i);
                }
                cluster.stop(1);
                for (int i = 0; i < 30; i++) {
                    producer.send(new ProducerRecord<>(TOPIC, "key-" + i, "after-" + i)).get(60, TimeUnit.SECONDS);
                    written.add("after-" + i);
                }
            }
            assertThat(readAll(cluster, written.size())).containsExactlyInAnyOrderElementsOf(written);

            cluster.restart(1);
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", cluster.bootstrapServers()))) {
                long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                boolean caughtUp = false;
                while (!caughtUp && System.nanoTime() < giveUp) {
                    Thread.sleep(500);
                    caughtUp = admin.describeTopics(List.of(TOPIC)).allTopicNames().get(30, TimeUnit.SECONDS)
                            .get(TOPIC).partitions().stream().allMatch(p -> p.isr().size() == 3);
                }
                assertThat(caughtUp).as("every partition back on 3 in-sync replicas").isTrue();
            }
        }
    }

    @Test
    void theLauncherNamesEveryBrokerAndRefusesAClusterItCannotReplicate() {
        LauncherSettings settings = LauncherSettings.fromArgs("--kafka-brokers=3", "--kafka-port=19092",
                "--data-dir=" + data);

        assertThat(settings.kafkaBootstrapServers()).isEqualTo("127.0.0.1:19092,127.0.0.1:19094,127.0.0.1:19096");
        assertThat(settings.kafkaPorts()).containsExactly(19092, 19093, 19094, 19095, 19096, 19097);
        assertThat(settings.kafkaClusterDir()).isEqualTo(data.resolve("kafka-cluster"));
        assertThat(LauncherSettings.fromArgs().kafkaBootstrapServers()).isEqualTo("127.0.0.1:9092");
        assertThatThrownBy(() -> LauncherSettings.fromArgs("--kafka-brokers=2"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--kafka-brokers must be 1 or 3");
    }

    private static KafkaProducer<String, String> producer(EmbeddedKafkaCluster cluster) {
        return new KafkaProducer<>(Map.of("bootstrap.servers", cluster.bootstrapServers(), "acks", "all",
                "enable.idempotence", "true", "delivery.timeout.ms", "60000", "request.timeout.ms", "10000"),
                new StringSerializer(), new StringSerializer());
    }

    private static List<String> readAll(EmbeddedKafkaCluster cluster, int expected) {
        List<String> read = new ArrayList<>();
        // no consumer group: its offsets topic would be created now, with a node down
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers",
                cluster.bootstrapServers()), new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(TOPIC).stream()
                    .map(p -> new TopicPartition(TOPIC, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (read.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    read.add(record.value());
                }
            }
        }
        return read;
    }
}
