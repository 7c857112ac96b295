package org.roadmap.examples;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.roadmap.events.EventSchemas;
import org.roadmap.events.EventType;

/**
 * Follows {@code roadmap.commitments.public.v1} as a consumer group: at least once, deduplicated by
 * {@code ce_id}, each event's data checked against its JSON Schema, unknown types skipped.
 *
 * <pre>java -cp ... org.roadmap.examples.FollowCommitments 127.0.0.1:9092 integrator-my-system</pre>
 */
public final class FollowCommitments implements AutoCloseable {

    /** One event as this client hands it on. */
    public record Event(String id, String type, String key, String data) {
    }

    private final KafkaConsumer<String, byte[]> consumer;
    private final Consumer<Event> handler;
    private final Consumer<String> rejected;
    // ids of recently applied events; a real system keeps them with its data (see the guide)
    private final Set<String> applied = Collections.newSetFromMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > 100_000;
        }
    });

    public FollowCommitments(String bootstrapServers, String groupId, Consumer<Event> handler,
            Consumer<String> rejected) {
        this.handler = handler;
        this.rejected = rejected;
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, groupId,              // the broker keeps your position per group
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",  // a new group starts at the beginning
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),     // commit only after processing
                new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of("roadmap.commitments.public.v1"));
    }

    /** Polls once, processes what came, then commits: a crash before the commit means redelivery. */
    public int pollOnce(Duration timeout) {
        ConsumerRecords<String, byte[]> records = consumer.poll(timeout);
        for (ConsumerRecord<String, byte[]> record : records) {
            process(record);
        }
        consumer.commitSync();
        return records.count();
    }

    private void process(ConsumerRecord<String, byte[]> record) {
        String id = header(record, "ce_id");
        String type = header(record, "ce_type");
        if (id == null || type == null) {
            rejected.accept("not a CloudEvent at offset " + record.offset() + " of partition " + record.partition());
            return;
        }
        if (applied.contains(id)) {
            return;                                   // delivered again: same ce_id, already applied
        }
        Optional<EventType> known = EventType.ofType(type);
        if (known.isEmpty()) {
            return;                                   // a type added after this client was built
        }
        String data = new String(record.value(), StandardCharsets.UTF_8);
        List<String> violations = EventSchemas.violations(known.get(), data);
        if (!violations.isEmpty()) {
            rejected.accept("event " + id + " (" + type + ") breaks its schema: " + violations);
            return;
        }
        handler.accept(new Event(id, type, record.key(), data));
        applied.add(id);
    }

    static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        consumer.close();
    }

    public static void main(String[] args) {
        String bootstrap = args.length > 0 ? args[0] : "127.0.0.1:9092";
        String group = args.length > 1 ? args[1] : "integrator-my-system";
        try (FollowCommitments follow = new FollowCommitments(bootstrap, group,
                event -> System.out.println(event.key() + " " + event.type() + " " + event.data()),
                problem -> System.err.println("skipped: " + problem))) {
            while (!Thread.currentThread().isInterrupted()) {
                follow.pollOnce(Duration.ofSeconds(1));
            }
        }
    }
}
