package org.roadmap.meetings.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
import org.roadmap.events.commitment.CommitmentRegistered;
import org.roadmap.meetings.support.CommitmentsOnTheWire;
import org.roadmap.meetings.support.ServiceTest;
import org.roadmap.platform.test.EmbeddedInfrastructure;
import org.roadmap.platform.test.TopicReader;
import org.springframework.beans.factory.annotation.Autowired;

class AgendaCommitmentsTests extends ServiceTest {

    @Autowired
    AgendaCommitments agendaCommitments;

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

    @Test
    void refusesACommitmentEventFromAnyoneButCommitmentsService() throws Exception {
        String forged = UUID.randomUUID().toString();
        String next = UUID.randomUUID().toString();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.of("bootstrap.servers", EmbeddedInfrastructure.kafkaBootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            // schema-valid, the right type and topic, but written by someone posing as another service
            producer.send(registration(forged, "/roadmap/meetings-service").toProducerRecord(Topics.COMMITMENTS)).get();
            producer.send(registration(next, "/roadmap/commitments-service").toProducerRecord(Topics.COMMITMENTS)).get();
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> agendaCommitments.find(next).isPresent());
        assertThat(agendaCommitments.find(forged)).isEmpty();
        try (TopicReader deadLetters = new TopicReader(Topics.deadLetter(Topics.COMMITMENTS, "meetings-service"))) {
            assertThat(deadLetters.readUntil(r -> forged.equals(r.key()), Duration.ofSeconds(30)))
                    .filteredOn(r -> forged.equals(r.key())).singleElement()
                    .satisfies(r -> assertThat(TopicReader.header(r, "x-exception-message"))
                            .contains("comes from source '/roadmap/meetings-service'"));
        }
    }

    @Test
    void aCommitmentWhoseTitleOrEntityIsLongerThanCommitmentsServiceTakesIsDeadLetteredAndLabelsNothing() {
        String roadMap = "long-texts-" + UUID.randomUUID().toString().substring(0, 8);
        // commitments-service takes a title and an entity's name in up to 300 characters, by its API and by an import
        String longTitle = CommitmentsOnTheWire.register(roadMap, "I.1", "Report ".repeat(43));
        String longEntity = CommitmentsOnTheWire.register(roadMap, "I.2", "Dialogue", "Ministry of Foreign Affairs of "
                + "Japan", "Ministerio ".repeat(28));
        String fitting = CommitmentsOnTheWire.register(roadMap, "I.3", "Report ".repeat(42));

        await().atMost(Duration.ofSeconds(30)).until(() -> agendaCommitments.find(fitting).isPresent());
        assertThat(agendaCommitments.find(longTitle)).isEmpty();
        assertThat(agendaCommitments.find(longEntity)).isEmpty();
        try (TopicReader deadLetters = new TopicReader(Topics.deadLetter(Topics.COMMITMENTS, "meetings-service"))) {
            var parked = deadLetters.readUntilKeys(List.of(longTitle, longEntity), Duration.ofSeconds(30));
            assertThat(TopicReader.refusal(parked, longTitle)).contains("title must be up to 300 characters");
            assertThat(TopicReader.refusal(parked, longEntity))
                    .contains("responsibleEntities[1].name must be up to 300 characters");
        }
    }

    @Test
    void resolvesAnAgendasReferencesInTheAgendasOrderWhateverOrderTheyWereLearnedIn() {
        String roadMap = "agenda-order-" + UUID.randomUUID().toString().substring(0, 8);
        for (String reference : List.of("I.3", "I.1", "II.2", "I.2")) {
            String data = EventSchemas.sampleText(EventType.COMMITMENT_REGISTERED)
                    .replace("6f1c2a9e-0b7d-4c55-9a43-3a1f0d2e7b10", UUID.randomUUID().toString())
                    .replace("\"jp-pe-2024-2033\"", "\"" + roadMap + "\"")
                    .replace("\"III.1\"", "\"" + reference + "\"");
            EventEnvelope event = new EventEnvelope(UUID.randomUUID().toString(), "/roadmap/commitments-service",
                    EventType.COMMITMENT_REGISTERED.type(), UUID.randomUUID().toString(), Instant.now(), data);
            agendaCommitments.registered(event, event.dataAs(CommitmentRegistered.class));
        }

        assertThat(agendaCommitments.resolve(roadMap, List.of("I.2", "II.9", "I.3", "I.1")).keySet())
                .containsExactly("I.2", "I.3", "I.1");
    }

    private static EventEnvelope registration(String id, String source) {
        String data = EventSchemas.sampleText(EventType.COMMITMENT_REGISTERED)
                .replace("6f1c2a9e-0b7d-4c55-9a43-3a1f0d2e7b10", id);
        return new EventEnvelope(UUID.randomUUID().toString(), source, EventType.COMMITMENT_REGISTERED.type(), id,
                Instant.now(), data);
    }
}
