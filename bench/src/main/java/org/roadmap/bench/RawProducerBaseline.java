package org.roadmap.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * What a plain Kafka producer does on the same broker with the same records (keys, headers, values): acks=all and
 * idempotent, as the relay, otherwise the client's defaults; each record to a topic of its own with as many
 * partitions as the one it was read from, sent all at once and acknowledged, as fast as the producer can.
 */
final class RawProducerBaseline {

    private static final String PREFIX = "bench.baseline.";

    private final String kafka;

    RawProducerBaseline(String kafka) {
        this.kafka = kafka;
    }

    /** @return seconds from the first send until the broker acknowledged every record */
    double send(List<ConsumerRecord<String, byte[]>> records, Map<String, Integer> partitionsByTopic)
            throws Exception {
        List<String> topics = partitionsByTopic.keySet().stream().map(topic -> PREFIX + topic).toList();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka))) {
            admin.createTopics(partitionsByTopic.entrySet().stream()
                    .map(topic -> new NewTopic(PREFIX + topic.getKey(), topic.getValue(), (short) 1)).toList())
                    .all().get();
            awaitLeaders(admin, topics);
        }
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true), new StringSerializer(), new ByteArraySerializer())) {
            // as the relay's producer, which has the topics' metadata before its clock starts (a record's
            // timestamp is taken once the metadata is there)
            topics.forEach(producer::partitionsFor);
            long started = System.nanoTime();
            List<Future<RecordMetadata>> acknowledgements = new ArrayList<>(records.size());
            for (ConsumerRecord<String, byte[]> record : records) {
                acknowledgements.add(producer.send(new ProducerRecord<>(PREFIX + record.topic(), null, record.key(),
                        record.value(), record.headers())));
            }
            for (Future<RecordMetadata> acknowledgement : acknowledgements) {
                acknowledgement.get();
            }
            return (System.nanoTime() - started) / 1e9;
        }
    }

    /** A new topic's partitions get their leader a moment after it is created; sends before then are retried. */
    private static void awaitLeaders(Admin admin, List<String> topics) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!admin.describeTopics(topics).allTopicNames().get().values().stream()
                .allMatch(topic -> topic.partitions().stream().allMatch(partition -> partition.leader() != null))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("No leader for the partitions of " + topics);
            }
            Thread.sleep(50);
        }
    }
}
