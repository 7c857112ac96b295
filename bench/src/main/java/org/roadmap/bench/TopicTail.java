package org.roadmap.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Every record sent to some topics after it was opened, read by a plain consumer assigned to all their partitions
 * (no group, so nothing is missed while a group would rebalance): the records, the distinct CloudEvents ids per
 * topic, and the earliest producer timestamp, which is when the first of them was sent.
 */
final class TopicTail implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
    private final Map<String, Set<String>> eventIds = new HashMap<>();
    private long firstSentMillis = Long.MAX_VALUE;

    /** Positioned at the topics' current ends, looked up now. */
    TopicTail(String kafka, List<String> topics) {
        consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka,
                ConsumerConfig.CLIENT_ID_CONFIG, "bench-tail-" + UUID.randomUUID(),
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000), new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        topics.forEach(topic -> consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic,
                p.partition()))));
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
    }

    /** Reads what has come; returns how many records that was. */
    int poll(Duration timeout) {
        int read = 0;
        for (ConsumerRecord<String, byte[]> record : consumer.poll(timeout)) {
            records.add(record);
            firstSentMillis = Math.min(firstSentMillis, record.timestamp());
            Header id = record.headers().lastHeader("ce_id");
            eventIds.computeIfAbsent(record.topic(), t -> new HashSet<>())
                    .add(id == null ? "" : new String(id.value(), StandardCharsets.UTF_8));
            read++;
        }
        return read;
    }

    /** Distinct events (CloudEvents ids) read from {@code topic}. */
    int events(String topic) {
        return eventIds.getOrDefault(topic, Set.of()).size();
    }

    List<ConsumerRecord<String, byte[]>> records() {
        return records;
    }

    /** When the first record read was sent (its producer timestamp, epoch milliseconds). */
    long firstSentMillis() {
        return firstSentMillis;
    }

    int partitions(String topic) {
        return consumer.partitionsFor(topic).size();
    }

    @Override
    public void close() {
        consumer.close();
    }
}
