package org.roadmap.platform.test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.roadmap.events.EventEnvelope;
import org.roadmap.events.EventType;

/**
 * Records a consumer cannot process, sent to a topic as a careless or broken producer would: bytes
 * that are no CloudEvent, a known event type whose data breaks its schema, and data that is not
 * JSON at all. Each gets its own key, so a test can find it on the dead-letter topic.
 */
public final class PoisonRecords {

    private PoisonRecords() {
    }

    /** Sends the three kinds of poison and returns their keys. */
    public static List<String> sendTo(String topic, EventType knownType) {
        String prefix = "poison-" + UUID.randomUUID() + "-";
        List<ProducerRecord<String, byte[]>> records = List.of(
                new ProducerRecord<>(topic, prefix + "not-a-cloud-event", "\u0000garbage".getBytes(StandardCharsets.UTF_8)),
                envelope(knownType, prefix + "schema-invalid", "{\"unexpected\": true}").toProducerRecord(topic),
                envelope(knownType, prefix + "not-json", "{\"truncated\": ").toProducerRecord(topic));
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.of("bootstrap.servers", EmbeddedInfrastructure.kafkaBootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            for (ProducerRecord<String, byte[]> record : records) {
                producer.send(record).get();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return records.stream().map(ProducerRecord::key).toList();
    }

    /**
     * Whether the consumer group has committed offsets up to the end of every partition of the
     * topic: it went past the poison rather than stopping at it.
     */
    public static boolean consumedToTheEnd(String group, String topic) {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", EmbeddedInfrastructure.kafkaBootstrapServers()))) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
            admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()
                    .forEach(partition -> latest.put(new TopicPartition(topic, partition.partition()), OffsetSpec.latest()));
            var ends = admin.listOffsets(latest).all().get();
            return ends.entrySet().stream().allMatch(end -> end.getValue().offset() == 0
                    || (committed.get(end.getKey()) != null
                            && committed.get(end.getKey()).offset() >= end.getValue().offset()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static EventEnvelope envelope(EventType type, String subject, String data) {
        return new EventEnvelope(UUID.randomUUID().toString(), type.source(), type.type(), subject, Instant.now(), data);
    }
}
