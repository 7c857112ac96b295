package org.roadmap.platform.test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a topic from the beginning, as an integrator would, to check what was published. */
public final class TopicReader implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();

    public TopicReader(String topic) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "topic-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(topic));
    }

    /** Polls until a record matches or {@code timeout} passes; returns everything read so far. */
    public List<ConsumerRecord<String, byte[]>> readUntil(Predicate<ConsumerRecord<String, byte[]>> wanted,
            Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline) && records.stream().noneMatch(wanted)) {
            consumer.poll(Duration.ofMillis(200)).forEach(records::add);
        }
        return List.copyOf(records);
    }

    /**
     * Polls until a record of each of {@code keys} has come: records of different keys may sit on different
     * partitions, read by different consumer threads, so they come in no set order.
     */
    public List<ConsumerRecord<String, byte[]>> readUntilKeys(Collection<String> keys, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)
                && !records.stream().map(ConsumerRecord::key).collect(Collectors.toSet()).containsAll(keys)) {
            consumer.poll(Duration.ofMillis(200)).forEach(records::add);
        }
        return List.copyOf(records);
    }

    /** Keeps polling for {@code quietPeriod}, to catch records that should not be there. */
    public List<ConsumerRecord<String, byte[]>> readFor(Duration quietPeriod) {
        Instant deadline = Instant.now().plus(quietPeriod);
        while (Instant.now().isBefore(deadline)) {
            consumer.poll(Duration.ofMillis(200)).forEach(records::add);
        }
        return List.copyOf(records);
    }

    /**
     * Polls until every partition has been read up to where it ended at this call (or {@code timeout}
     * passes); returns everything read so far. Unlike {@link #readFor}, it knows when it has seen
     * all there was.
     */
    public List<ConsumerRecord<String, byte[]>> readToEnd(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        Map<TopicPartition, Long> ends = Map.of();
        while (Instant.now().isBefore(deadline)) {
            consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            if (ends.isEmpty() && !consumer.assignment().isEmpty()) {
                ends = consumer.endOffsets(consumer.assignment());
            }
            if (!ends.isEmpty() && ends.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue())) {
                break;
            }
        }
        return List.copyOf(records);
    }

    /** Why the one record of {@code key} among {@code deadLetters} was parked: its {@code x-exception-message}. */
    public static String refusal(List<ConsumerRecord<String, byte[]>> deadLetters, String key) {
        List<ConsumerRecord<String, byte[]>> ofKey = deadLetters.stream().filter(r -> key.equals(r.key())).toList();
        if (ofKey.size() != 1) {
            throw new AssertionError("Expected one dead letter of " + key + ", found " + ofKey.size());
        }
        return header(ofKey.get(0), "x-exception-message");
    }

    public static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(1));
    }
}
