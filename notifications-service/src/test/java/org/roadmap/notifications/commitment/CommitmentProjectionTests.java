package org.roadmap.notifications.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.roadmap.events.EventEnvelope;
import org.roadmap.events.EventJson;
import org.roadmap.events.EventSchemas;
import org.roadmap.events.EventType;
import org.roadmap.events.Topics;
import org.roadmap.notifications.support.EventsOnTheWire;
import org.roadmap.platform.test.EmbeddedInfrastructure;
import org.roadmap.platform.test.TestUser;
import org.roadmap.platform.test.TopicReader;
import org.roadmap.notifications.support.ServiceTest;

import tools.jackson.databind.JsonNode;

class CommitmentProjectionTests extends ServiceTest {

    private final KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
            Map.of("bootstrap.servers", EmbeddedInfrastructure.kafkaBootstrapServers()),
            new StringSerializer(), new ByteArraySerializer());

    @AfterEach
    void closeProducer() {
        producer.close();
    }

    @Test
    void learnsOfACommitmentFromTheGoldenSampleOfItsRegistration() throws Exception {
        String id = UUID.randomUUID().toString();
        EventEnvelope event = registration(id);
        producer.send(event.toProducerRecord(Topics.COMMITMENTS)).get();

        JsonNode known = awaitKnown(id);

        assertThat(known.get("reference").asString()).isEqualTo("III.1");
        assertThat(known.get("deadline").asString()).isEqualTo("2025-11-17");
        assertThat(known.get("responsibleEntities").get(1).get("country").asString()).isEqualTo("PE");
        assertThat(known.get("pillar").asString()).isEqualTo("III");
        assertThat(known.get("lastEventId").asString()).isEqualTo(event.id());
    }

    @Test
    void poisonRecordIsDeadLetteredAndTheNextEventStillArrives() throws Exception {
        String poisonKey = "poison-" + UUID.randomUUID();
        producer.send(new ProducerRecord<>(Topics.COMMITMENTS, poisonKey, "\u0000garbage".getBytes(StandardCharsets.UTF_8))).get();
        String id = UUID.randomUUID().toString();
        producer.send(registration(id).toProducerRecord(Topics.COMMITMENTS)).get();

        awaitKnown(id);
        try (TopicReader deadLetters = new TopicReader("roadmap.commitments.v1.notifications-service.dlt")) {
            assertThat(deadLetters.readUntil(r -> poisonKey.equals(r.key()), Duration.ofSeconds(30)))
                    .anyMatch(r -> poisonKey.equals(r.key()));
        }
    }

    @Test
    void commitmentEventFromAnotherSourceIsDeadLetteredAsForgedAndNotLearnt() throws Exception {
        String forged = UUID.randomUUID().toString();
        EventEnvelope genuine = registration(forged);
        producer.send(new EventEnvelope(genuine.id(), "/roadmap/meetings-service", genuine.type(), forged, genuine.time(),
                genuine.data()).toProducerRecord(Topics.COMMITMENTS)).get();
        String next = UUID.randomUUID().toString();
        producer.send(registration(next).toProducerRecord(Topics.COMMITMENTS)).get();

        awaitKnown(next);
        assertThat(known(forged)).isNull();
        try (TopicReader deadLetters = new TopicReader("roadmap.commitments.v1.notifications-service.dlt")) {
            ConsumerRecord<String, byte[]> parked = deadLetters.readUntil(r -> forged.equals(r.key()), Duration.ofSeconds(30))
                    .stream().filter(r -> forged.equals(r.key())).findFirst().orElseThrow();
            assertThat(TopicReader.header(parked, "x-exception-message")).contains("not from the topic's owner");
        }
    }

    @Test
    void commitmentFirstHeardOfThroughAMilestoneIsKnownAndItsRegistrationCompletesIt() throws Exception {
        String id = UUID.randomUUID().toString();
        String milestone = EventSchemas.sampleText(EventType.MILESTONE_ADDED).replace("6f1c2a9e-0b7d-4c55-9a43-3a1f0d2e7b10", id);
        producer.send(new EventEnvelope(UUID.randomUUID().toString(), "/roadmap/commitments-service",
                EventType.MILESTONE_ADDED.type(), id, Instant.now(), milestone).toProducerRecord(Topics.COMMITMENTS)).get();

        JsonNode partly = awaitKnown(id);
        assertThat(partly.get("milestones").get(0).get("title").asString()).isEqualTo("Draft review shared with the working group");
        assertThat(partly.get("restricted").asBoolean()).isTrue();

        EventEnvelope registration = registration(id);
        producer.send(registration.toProducerRecord(Topics.COMMITMENTS)).get();
        JsonNode known = await().atMost(Duration.ofSeconds(30)).until(() -> known(id),
                k -> k != null && registration.id().equals(k.get("lastEventId").asString()));
        assertThat(known.get("reference").asString()).isEqualTo("III.1");
        assertThat(known.get("restricted").asBoolean()).isFalse();
        assertThat(known.get("milestones")).hasSize(1);
    }

    @Test
    void aCommitmentWhoseTitleOrEntityIsLongerThanCommitmentsServiceTakesIsDeadLetteredAndNotLearnt() throws Exception {
        // commitments-service takes a title and an entity's name in up to 300 characters, by its API and by an import
        String longTitle = UUID.randomUUID().toString();
        producer.send(registration(longTitle, "Report ".repeat(43), "Projection test ministry of Peru")).get();
        String longEntity = UUID.randomUUID().toString();
        producer.send(registration(longEntity, "Report on the cooperation framework", "Ministerio ".repeat(28))).get();
        String longMilestone = UUID.randomUUID().toString();
        producer.send(new EventEnvelope(UUID.randomUUID().toString(), "/roadmap/commitments-service",
                EventType.MILESTONE_ADDED.type(), longMilestone, Instant.now(),
                EventSchemas.sampleText(EventType.MILESTONE_ADDED).replace("6f1c2a9e-0b7d-4c55-9a43-3a1f0d2e7b10",
                        longMilestone).replace("Draft review shared with the working group", "Draft ".repeat(61)))
                .toProducerRecord(Topics.COMMITMENTS)).get();
        String fitting = UUID.randomUUID().toString();
        producer.send(registration(fitting).toProducerRecord(Topics.COMMITMENTS)).get();

        awaitKnown(fitting);
        assertThat(known(longTitle)).isNull();
        assertThat(known(longEntity)).isNull();
        assertThat(known(longMilestone)).isNull();
        try (TopicReader deadLetters = new TopicReader("roadmap.commitments.v1.notifications-service.dlt")) {
            List<ConsumerRecord<String, byte[]>> parked = deadLetters.readUntil(r -> longMilestone.equals(r.key()),
                    Duration.ofSeconds(30));
            assertThat(TopicReader.refusal(parked, longTitle)).contains("title must be up to 300 characters");
            assertThat(TopicReader.refusal(parked, longEntity))
                    .contains("responsibleEntities[1].name must be up to 300 characters");
            assertThat(parked).anyMatch(r -> longMilestone.equals(r.key())).noneMatch(r -> fitting.equals(r.key()));
        }
    }

    @Test
    void aMilestoneBeyondTheHundredCommitmentsServiceKeepsIsDeadLetteredAndAChangeStillApplies() throws Exception {
        String id = UUID.randomUUID().toString();
        producer.send(registration(id).toProducerRecord(Topics.COMMITMENTS)).get();
        for (int n = 1; n <= 101; n++) {
            producer.send(milestone(EventType.MILESTONE_ADDED, id, "m-" + n, "Step " + n)).get();
        }
        producer.send(milestone(EventType.MILESTONE_CHANGED, id, "m-1", "Step one, renamed")).get();

        JsonNode known = await().atMost(Duration.ofSeconds(30)).until(() -> known(id), k -> k != null && k.get(
                "milestones").valueStream().anyMatch(m -> "Step one, renamed".equals(m.get("title").asString())));
        assertThat(known.get("milestones")).hasSize(100);
        assertThat(known.get("milestones").valueStream().map(m -> m.get("id").asString())).doesNotContain("m-101");
        try (TopicReader deadLetters = new TopicReader("roadmap.commitments.v1.notifications-service.dlt")) {
            var parked = deadLetters.readUntil(r -> id.equals(r.key()), Duration.ofSeconds(30));
            assertThat(TopicReader.refusal(parked, id)).contains("has 100 milestones already");
        }
    }

    @Test
    void aCommitmentNamingASeriesByAnIdLongerThanAnyServiceMakesIsDeadLettered() throws Exception {
        String id = UUID.randomUUID().toString();
        EventEnvelope registration = registration(id);
        String series = "political-dialogue" + "-mechanism".repeat(20);
        EventEnvelope longSeriesId = new EventEnvelope(registration.id(), registration.source(), registration.type(),
                id, registration.time(), registration.data().replace("\"cadence\": \"one-off\"",
                        "\"cadence\": \"one-off\", \"meetingSeries\": \"" + series + "\""));
        assertThat(longSeriesId.data()).contains(series);

        producer.send(longSeriesId.toProducerRecord(Topics.COMMITMENTS)).get();

        try (TopicReader deadLetters = new TopicReader("roadmap.commitments.v1.notifications-service.dlt")) {
            var parked = deadLetters.readUntil(r -> id.equals(r.key()), Duration.ofSeconds(30));
            assertThat(TopicReader.refusal(parked, id)).contains("meetingSeries must be up to 200 characters");
        }
        assertThat(known(id)).isNull();
    }

    private static ProducerRecord<String, byte[]> milestone(EventType type, String commitmentId, String milestoneId,
            String title) {
        String data = EventSchemas.sampleText(type).replace("6f1c2a9e-0b7d-4c55-9a43-3a1f0d2e7b10", commitmentId)
                .replace("\"m-1\"", "\"" + milestoneId + "\"")
                .replace("Draft review shared with the working group", title);
        return new EventEnvelope(UUID.randomUUID().toString(), "/roadmap/commitments-service", type.type(),
                commitmentId, Instant.now(), data).toProducerRecord(Topics.COMMITMENTS);
    }

    private JsonNode awaitKnown(String id) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> known(id), known -> known != null);
    }

    private JsonNode known(String id) {
        HttpResponse<String> response = api().as(TestUser.STAFF_READER).get("/api/v1/notifications/commitments/" + id);
        return response.statusCode() == 200 ? EventJson.tree(response.body()) : null;
    }

    private static ProducerRecord<String, byte[]> registration(String commitmentId, String title,
            String peruvianEntity) {
        String data = EventJson.write(EventsOnTheWire.registered(commitmentId, LocalDate.of(2026, 6, 30),
                "Projection test ministry of Japan", peruvianEntity)).replace(
                "Report on the cooperation framework within one year", title);
        return new EventEnvelope(UUID.randomUUID().toString(), "/roadmap/commitments-service",
                EventType.COMMITMENT_REGISTERED.type(), commitmentId, Instant.now(), data)
                .toProducerRecord(Topics.COMMITMENTS);
    }

    private static EventEnvelope registration(String commitmentId) {
        String sample = EventSchemas.sampleText(EventType.COMMITMENT_REGISTERED);
        String data = sample.replace("6f1c2a9e-0b7d-4c55-9a43-3a1f0d2e7b10", commitmentId)
                .replace("Ministry of Foreign Affairs of", "Projection test ministry of");
        return new EventEnvelope(UUID.randomUUID().toString(), "/roadmap/commitments-service",
                EventType.COMMITMENT_REGISTERED.type(), commitmentId, Instant.now(), data);
    }
}
