package org.roadmap.notifications.support;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.roadmap.events.EventEnvelope;
import org.roadmap.events.EventType;
import org.roadmap.events.commitment.CommitmentDeadlineChanged;
import org.roadmap.events.commitment.CommitmentRegistered;
import org.roadmap.events.commitment.ResponsibleEntity;
import org.roadmap.platform.test.EmbeddedInfrastructure;

/** Publishes contract events as commitments-service and meetings-service would, onto the real broker. */
public final class EventsOnTheWire implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
            Map.of("bootstrap.servers", EmbeddedInfrastructure.kafkaBootstrapServers()),
            new StringSerializer(), new ByteArraySerializer());

    public EventEnvelope send(String subject, Object data) {
        EventEnvelope event = EventEnvelope.of("/roadmap/test", subject, data, Instant.now());
        send(event);
        return event;
    }

    public void send(EventEnvelope event) {
        try {
            producer.send(event.toProducerRecord(EventType.ofType(event.type()).orElseThrow().topic())).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** III.1 with a due date, its responsible entities on both sides named as given. */
    public static CommitmentRegistered registered(String commitmentId, LocalDate deadline, String japaneseEntity,
            String peruvianEntity) {
        return new CommitmentRegistered(commitmentId, "jp-pe-2024-2033", "III.1", "III", 1,
                "Report on the cooperation framework within one year",
                "Within one year of the signature of this Road Map, the relevant authorities will prepare a report ...",
                List.of(new ResponsibleEntity(japaneseEntity, "JP", "lead"),
                        new ResponsibleEntity(peruvianEntity, "PE", "lead")),
                deadline, false, "roadmap-import", "one-off", null);
    }

    public static CommitmentDeadlineChanged moved(String commitmentId, LocalDate from, LocalDate to) {
        return new CommitmentDeadlineChanged(commitmentId, "jp-pe-2024-2033", "III.1", from, to, "wg-admin");
    }

    @Override
    public void close() {
        producer.close();
    }
}
