package org.roadmap.examples;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.roadmap.events.EventEnvelope;
import org.roadmap.events.EventType;
import org.roadmap.events.MalformedEventException;
import org.roadmap.events.commitment.CommitmentRegistered;
import org.roadmap.events.commitment.ImplementationLevelChanged;

/**
 * Rebuilds the current implementation level of every commitment by replaying
 * {@code roadmap.commitments.public.v1} from the beginning: the log is kept forever, so it holds every
 * commitment's whole history, in order per commitment. Uses the contract jar to read the events.
 *
 * <pre>java -cp ... org.roadmap.examples.RebuildCommitmentLevels 127.0.0.1:9092</pre>
 */
public final class RebuildCommitmentLevels {

    /** A commitment's current level as the log tells it. */
    public record CommitmentLevel(String reference, String level) {
    }

    private final Map<String, CommitmentLevel> byCommitment = new TreeMap<>();
    private final Set<String> applied = new HashSet<>();
    private int unreadable;

    public static RebuildCommitmentLevels replay(String bootstrapServers) {
        RebuildCommitmentLevels state = new RebuildCommitmentLevels();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = Partitions.assignAll(consumer, "roadmap.commitments.public.v1");
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            consumer.seekToBeginning(partitions);
            Partitions.readUntil(consumer, ends, state::apply);
        }
        return state;
    }

    private void apply(ConsumerRecord<String, byte[]> record) {
        EventEnvelope event;
        try {
            event = EventEnvelope.fromKafka(record.headers(), record.value());
        } catch (MalformedEventException e) {
            unreadable++;                               // not ours to fix: the platform dead-letters it too
            return;
        }
        if (!applied.add(event.id())) {
            return;                                     // a redelivered duplicate
        }
        EventType type = event.knownType().orElse(null);
        if (type == EventType.COMMITMENT_REGISTERED) {
            CommitmentRegistered registered = event.dataAs(CommitmentRegistered.class);
            byCommitment.put(registered.commitmentId(), new CommitmentLevel(registered.reference(), "no-evidence"));
        } else if (type == EventType.LEVEL_CHANGED) {
            ImplementationLevelChanged changed = event.dataAs(ImplementationLevelChanged.class);
            byCommitment.put(changed.commitmentId(), new CommitmentLevel(changed.reference(), changed.level()));
        }
        // other events do not change the level; types newer than this client are skipped
    }

    public Map<String, CommitmentLevel> levels() {
        return Map.copyOf(byCommitment);
    }

    public int unreadableRecords() {
        return unreadable;
    }

    public static void main(String[] args) {
        RebuildCommitmentLevels state = replay(args.length > 0 ? args[0] : "127.0.0.1:9092");
        state.byCommitment.forEach((id, level) -> System.out.println(level.reference() + " " + level.level() + " " + id));
    }
}
