package org.roadmap.meetings.support;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.roadmap.events.EventEnvelope;
import org.roadmap.events.EventSchemas;
import org.roadmap.events.EventType;
import org.roadmap.events.Topics;
import org.roadmap.platform.test.EmbeddedInfrastructure;

/** Publishes commitment events as commitments-service does, from the contract's golden sample. */
public final class CommitmentsOnTheWire {

    private CommitmentsOnTheWire() {
    }

    /** Registers commitment {@code reference} of {@code roadMapId}; returns its id. */
    public static String register(String roadMapId, String reference, String title) {
        return register(roadMapId, reference, title, "Ministry of Foreign Affairs of Japan",
                "Ministry of Foreign Affairs of Peru");
    }

    /** Registers a restricted commitment (as V.5–V.7 are); returns its id. */
    public static String registerRestricted(String roadMapId, String reference, String title) {
        return register(roadMapId, reference, title, "Ministry of Foreign Affairs of Japan",
                "Ministry of Foreign Affairs of Peru", true);
    }

    /** The same, with these responsible entities of Japan's and Peru's side. */
    public static String register(String roadMapId, String reference, String title, String japanese, String peruvian) {
        return register(roadMapId, reference, title, japanese, peruvian, false);
    }

    private static String register(String roadMapId, String reference, String title, String japanese, String peruvian,
            boolean restricted) {
        String id = UUID.randomUUID().toString();
        String data = EventSchemas.sampleText(EventType.COMMITMENT_REGISTERED)
                .replace("\"restricted\": false", "\"restricted\": " + restricted)
                .replace("\"name\": \"Ministry of Foreign Affairs of Japan\"", "\"name\": \"" + japanese + "\"")
                .replace("\"name\": \"Ministry of Foreign Affairs of Peru\"", "\"name\": \"" + peruvian + "\"")
                .replace("6f1c2a9e-0b7d-4c55-9a43-3a1f0d2e7b10", id)
                .replace("\"jp-pe-2024-2033\"", "\"" + roadMapId + "\"")
                .replace("\"III.1\"", "\"" + reference + "\"")
                .replace("Report on the cooperation framework within one year", title);
        send(new EventEnvelope(UUID.randomUUID().toString(), "/roadmap/commitments-service",
                EventType.COMMITMENT_REGISTERED.type(), id, Instant.now(), data));
        return id;
    }

    /** Publishes {@code event} on the commitments topic, keyed as commitments-service keys it. */
    public static void send(EventEnvelope event) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.of("bootstrap.servers", EmbeddedInfrastructure.kafkaBootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(event.toProducerRecord(Topics.COMMITMENTS)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
