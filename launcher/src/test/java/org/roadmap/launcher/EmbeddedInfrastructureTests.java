package org.roadmap.launcher;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class EmbeddedInfrastructureTests {

    private static final String TOPIC = "roadmap.commitments.v1";

    @TempDir
    Path dataDir;

    @Test
    void keepsDocumentsTopicsAndRecordsAcrossARestart() throws Exception {
        LauncherSettings settings = LauncherSettings.fromArgs(Stream.concat(
                Stream.of("--data-dir=" + dataDir), FreePorts.launcherArguments().stream()).toArray(String[]::new));

        Instant firstStart = Instant.now();
        try (EmbeddedInfrastructure infrastructure = EmbeddedInfrastructure.start(settings)) {
            System.out.printf("Infrastructure started (formatting Kafka) in %d ms%n", millisSince(firstStart));
            assertThat(infrastructure.createdTopics()).containsExactlyElementsOf(PlatformTopics.NAMES);
            assertPlatformTopicsKeepRecordsForever(infrastructure.kafkaBootstrapServers());

            try (MongoClient mongo = MongoClients.create(infrastructure.mongoConnectionString())) {
                commitments(mongo).insertOne(new Document("_id", "c-1").append("title", "Open the border crossing"));
            }
            produce(infrastructure.kafkaBootstrapServers(), "c-1", "CommitmentRegistered");
        }

        Instant secondStart = Instant.now();
        try (EmbeddedInfrastructure infrastructure = EmbeddedInfrastructure.start(settings)) {
            System.out.printf("Infrastructure restarted in %d ms%n", millisSince(secondStart));
            assertThat(infrastructure.createdTopics()).isEmpty();

            try (MongoClient mongo = MongoClients.create(infrastructure.mongoConnectionString())) {
                Document found = commitments(mongo).find(new Document("_id", "c-1")).first();
                assertThat(found).isNotNull();
                assertThat(found.getString("title")).isEqualTo("Open the border crossing");
            }
            assertThat(consumeAll(infrastructure.kafkaBootstrapServers()))
                    .extracting(ConsumerRecord::key, ConsumerRecord::value)
                    .containsExactly(tuple("c-1", "CommitmentRegistered"));
        }
    }

    @Test
    void keepsItsDataPrivateAndListensOnLoopbackOnly() throws Exception {
        Path data = dataDir.resolve("fresh");
        LauncherSettings settings = LauncherSettings.fromArgs(Stream.concat(
                Stream.of("--data-dir=" + data), FreePorts.launcherArguments().stream()).toArray(String[]::new));

        try (EmbeddedInfrastructure infrastructure = EmbeddedInfrastructure.start(settings)) {
            assertThat(Files.getPosixFilePermissions(data)).isEqualTo(PrivateFiles.DIRECTORY);
            assertThat(Files.getPosixFilePermissions(settings.mongoFile().getParent())).isEqualTo(PrivateFiles.DIRECTORY);
            assertThat(Files.getPosixFilePermissions(settings.mongoFile())).isEqualTo(PrivateFiles.FILE);
            assertThat(Files.getPosixFilePermissions(settings.kafkaDir())).isEqualTo(PrivateFiles.DIRECTORY);

            InetAddress external = NetworkInterface.networkInterfaces()
                    .filter(this::isUp)
                    .flatMap(NetworkInterface::inetAddresses)
                    .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                    .findFirst().orElse(null);
            assumeTrue(external != null, "this machine has no address but loopback");
            for (int port : List.of(settings.mongoPort(), settings.kafkaPort(), settings.kafkaControllerPort())) {
                assertThatThrownBy(() -> {
                    try (Socket socket = new Socket()) {
                        socket.connect(new InetSocketAddress(external, port), 2000);
                    }
                }).as("port %d on %s", port, external).isInstanceOf(IOException.class);
            }
        }
    }

    private boolean isUp(NetworkInterface network) {
        try {
            return network.isUp();
        } catch (SocketException e) {
            return false;
        }
    }

    private static void assertPlatformTopicsKeepRecordsForever(String bootstrapServers) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Map<String, TopicDescription> topics = admin.describeTopics(PlatformTopics.NAMES).allTopicNames().get();
            assertThat(topics.values()).allSatisfy(topic -> assertThat(topic.partitions()).hasSize(3));

            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, TOPIC);
            Config config = admin.describeConfigs(List.of(resource)).all().get().get(resource);
            assertThat(config.get("retention.ms").value()).isEqualTo("-1");
            assertThat(config.get("cleanup.policy").value()).isEqualTo("delete");
        }
    }

    private static MongoCollection<Document> commitments(MongoClient mongo) {
        return mongo.getDatabase("commitments").getCollection("commitments");
    }

    private static void produce(String bootstrapServers, String key, String value) throws Exception {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            producer.send(new ProducerRecord<>(TOPIC, key, value)).get();
        }
    }

    private static List<ConsumerRecord<String, String>> consumeAll(String bootstrapServers) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor(TOPIC).stream()
                    .map(info -> new TopicPartition(TOPIC, info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            Instant giveUp = Instant.now().plusSeconds(30);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p)) && Instant.now().isBefore(giveUp)) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    private static long millisSince(Instant start) {
        return Duration.between(start, Instant.now()).toMillis();
    }
}
