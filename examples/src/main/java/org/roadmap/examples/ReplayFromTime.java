package org.roadmap.examples;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a topic from a point in time to its current end: each partition starts at the first
 * record written at or after {@code from} ({@code offsetsForTimes}).
 *
 * <pre>java -cp ... org.roadmap.examples.ReplayFromTime 127.0.0.1:9092 roadmap.commitments.public.v1 2025-01-01T00:00:00Z</pre>
 */
public final class ReplayFromTime {

    private ReplayFromTime() {
    }

    public static List<ConsumerRecord<String, byte[]>> replay(String bootstrapServers, String topic, Instant from) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = Partitions.assignAll(consumer, topic);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            Map<TopicPartition, OffsetAndTimestamp> starts = consumer.offsetsForTimes(partitions.stream()
                    .collect(Collectors.toMap(Function.identity(), partition -> from.toEpochMilli())));
            // null: nothing written since then on that partition
            starts.forEach((partition, start) -> consumer.seek(partition,
                    start == null ? ends.get(partition) : start.offset()));
            Partitions.readUntil(consumer, ends, records::add);
        }
        return records;
    }

    public static void main(String[] args) {
        for (ConsumerRecord<String, byte[]> record : replay(args[0], args[1], Instant.parse(args[2]))) {
            System.out.println(Instant.ofEpochMilli(record.timestamp()) + " " + record.key() + " "
                    + FollowCommitments.header(record, "ce_type"));
        }
    }
}
