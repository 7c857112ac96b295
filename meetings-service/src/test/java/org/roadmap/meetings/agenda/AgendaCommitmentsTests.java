package org.roadmap.meetings.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.roadmap.events.EventEnvelope;
import org.roadmap.events.EventSchemas;
import org.roadmap.events.EventType;
import org.roadmap.events.Topics;
import org.roadmap.platform.test.EmbeddedInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest
class AgendaCommitmentsTests {

    @Autowired
    AgendaCommitments agendaCommitments;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.register(registry, "meetings-agenda");
    }

    @Test
    void labelsAgendaLinksWithTheRegisteredCommitment() throws Exception {
        String id = UUID.randomUUID().toString();
        String data = EventSchemas.sampleText(EventType.COMMITMENT_REGISTERED)
                .replace("6f1c2a9e-0b7d-4c55-9a43-3a1f0d2e7b10", id);
        EventEnvelope event = new EventEnvelope(UUID.randomUUID().toString(), "/roadmap/commitments-service",
                EventType.COMMITMENT_REGISTERED.type(), id, Instant.now(), data);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.of("bootstrap.servers", EmbeddedInfrastructure.kafkaBootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(event.toProducerRecord(Topics.COMMITMENTS)).get();
        }

        AgendaCommitment known = await().atMost(Duration.ofSeconds(30))
                .until(() -> agendaCommitments.find(id).orElse(null), found -> found != null);

        assertThat(known.label()).isEqualTo("III.1 Report on the cooperation framework within one year");
        assertThat(known.lastEventId()).isEqualTo(event.id());
    }
}
