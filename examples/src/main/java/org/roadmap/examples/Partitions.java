package org.roadmap.examples;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/** Reading a whole topic without a consumer group: assign every partition, read up to the end. */
final class Partitions {

    private Partitions() {
    }

    /** Takes every partition of {@code topic}, without joining a group (nothing is committed). */
    static List<TopicPartition> assignAll(KafkaConsumer<String, byte[]> consumer, String topic) {
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
        consumer.assign(partitions);
        return partitions;
    }

    /** Polls until each partition reached {@code ends}: the log as it was when reading started. */
    static void readUntil(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> ends,
            Consumer<ConsumerRecord<String, byte[]>> each) {
        while (ends.entrySet().stream().anyMatch(end -> consumer.position(end.getKey()) < end.getValue())) {
            consumer.poll(Duration.ofMillis(500)).forEach(each);
        }
    }
}
