package org.roadmap.examples;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.roadmap.events.EventEnvelope;
import org.roadmap.events.EventType;
import org.roadmap.events.Topics;
import org.roadmap.platform.test.EmbeddedInfrastructure;

/** Writes events onto the embedded broker's topics the way the platform's outbox relay does. */
final class EventLog {

    private EventLog() {
    }

    static KafkaProducer<String, byte[]> producer() {
        return new KafkaProducer<>(Map.of("bootstrap.servers", EmbeddedInfrastructure.kafkaBootstrapServers(),
                "acks", "all", "enable.idempotence", true), new StringSerializer(), new ByteArraySerializer());
    }

    /**
     * Publishes a commitment event with {@code timestamp} as its record time, as if written then: on its
     * topic and, like every event of a commitment that is not restricted, on the topic's public copy.
     */
    static void publish(KafkaProducer<String, byte[]> producer, EventEnvelope event, Instant timestamp) throws Exception {
        String topic = EventType.ofType(event.type()).map(EventType::topic).orElse(Topics.COMMITMENTS);
        for (String to : Topics.publicCopy(topic).map(copy -> List.of(topic, copy)).orElse(List.of(topic))) {
            ProducerRecord<String, byte[]> record = event.toProducerRecord(to);
            producer.send(new ProducerRecord<>(record.topic(), null, timestamp.toEpochMilli(), record.key(),
                    record.value(), record.headers())).get();
        }
    }
}
