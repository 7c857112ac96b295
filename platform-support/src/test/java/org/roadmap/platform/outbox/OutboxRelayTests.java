package org.roadmap.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roadmap.events.EventEnvelope;
import org.roadmap.events.EventJson;
import org.roadmap.events.EventSchemas;
import org.roadmap.events.EventType;
import org.roadmap.events.Topics;
import org.roadmap.events.commitment.CommitmentRegistered;
import org.roadmap.platform.sample.Aggregate;
import org.roadmap.platform.sample.SampleApplication;
import org.roadmap.platform.test.EmbeddedInfrastructure;
import org.roadmap.platform.test.TopicReader;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

class OutboxRelayTests {

    private final String id = UUID.randomUUID().toString();

    @BeforeEach
    void clearApplied() {
        SampleApplication.APPLIED.clear();
    }

    @Test
    void eventWrittenWhileTheRelayWasDownArrivesOnceAfterARestart() {
        try (ConfigurableApplicationContext down = SampleApplication.start("outbox-restart",
                "--roadmap.outbox.relay-enabled=false")) {
            down.getBean(OutboxWriter.class).insert(new Aggregate(id, "first", 1), id, List.of(registered(id, "I.5")));
            assertThat(pendingEvents(down)).hasSize(1);
        }

        try (ConfigurableApplicationContext restarted = SampleApplication.start("outbox-restart");
                TopicReader topic = new TopicReader(Topics.COMMITMENTS)) {
            topic.readUntil(record -> id.equals(record.key()), Duration.ofSeconds(30));
            List<ConsumerRecord<String, byte[]>> published = topic.readFor(Duration.ofSeconds(2)).stream()
                    .filter(record -> id.equals(record.key())).toList();

            assertThat(published).hasSize(1);
            assertThat(TopicReader.header(published.get(0), "ce_type")).isEqualTo(EventType.COMMITMENT_REGISTERED.type());
            assertThat(EventSchemas.violations(EventType.COMMITMENT_REGISTERED, new String(published.get(0).value())))
                    .isEmpty();
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(pendingEvents(restarted)).isEmpty());
            assertThat(document(restarted)).doesNotContainKey(Outbox.PENDING);
        }
    }

    @Test
    void replaceRemovesAFieldTheNewStateNoLongerHasAndKeepsPendingEvents() {
        try (ConfigurableApplicationContext app = SampleApplication.start("outbox-replace",
                "--roadmap.outbox.relay-enabled=false")) {
            OutboxWriter outbox = app.getBean(OutboxWriter.class);
            outbox.insert(new Aggregate(id, "first", 1), id, List.of(registered(id, "I.5")));

            boolean replaced = outbox.replace(new Aggregate(id, null, 2),
                    new org.springframework.data.mongodb.core.query.Query(
                            org.springframework.data.mongodb.core.query.Criteria.where("_id").is(id).and("version").is(1)),
                    id, List.of(registered(id, "I.5")));

            assertThat(replaced).isTrue();
            assertThat(document(app)).doesNotContainKey("name").containsEntry("version", 2L);
            assertThat(app.getBean(MongoTemplate.class).findById(id, Aggregate.class).name()).isNull();
            assertThat(pendingEvents(app)).hasSize(2);
        }
    }

    @Test
    void insertAllWritesNewAggregatesWithTheirEventsAndLeavesExistingOnesAsTheyAre() {
        String other = UUID.randomUUID().toString();
        try (ConfigurableApplicationContext app = SampleApplication.start("outbox-insert-all",
                "--roadmap.outbox.relay-enabled=false")) {
            OutboxWriter outbox = app.getBean(OutboxWriter.class);
            outbox.insert(new Aggregate(id, "first", 1), id, List.of(registered(id, "I.5")));

            var inserted = outbox.insertAll(Aggregate.class, List.of(
                    new OutboxWriter.NewAggregate(new Aggregate(id, "again", 2), id, List.of(registered(id, "I.5"))),
                    new OutboxWriter.NewAggregate(new Aggregate(other, "second", 1), other,
                            List.of(registered(other, "I.6")))));

            assertThat(inserted).containsExactly(other);
            assertThat(document(app).getString("name")).isEqualTo("first");
            assertThat(pendingEvents(app)).hasSize(1);
            assertThat(app.getBean(MongoTemplate.class).findById(other, Document.class, "aggregates")
                    .getList(Outbox.FIELD, Document.class)).hasSize(1);
        }
    }

    @Test
    void eventPublishedAgainAfterACrashBeforeItsRemovalIsAppliedOnce() {
        try (ConfigurableApplicationContext crashed = SampleApplication.start("outbox-crash",
                "--roadmap.outbox.relay-enabled=false")) {
            List<EventEnvelope> events = crashed.getBean(OutboxWriter.class)
                    .insert(new Aggregate(id, "first", 1), id, List.of(registered(id, "II.7")));
            // the relay of the crashed process got this far: published, but never removed it
            publishDirectly(events.get(0));
        }

        try (ConfigurableApplicationContext restarted = SampleApplication.start("outbox-crash");
                TopicReader topic = new TopicReader(Topics.COMMITMENTS)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> topic.readFor(Duration.ofMillis(200)).stream()
                    .filter(record -> id.equals(record.key())).count() == 2);
            await().atMost(Duration.ofSeconds(30)).until(() -> appliedFor(id) >= 1);
            topic.readFor(Duration.ofSeconds(2));

            assertThat(appliedFor(id)).isEqualTo(1);
            assertThat(pendingEvents(restarted)).isEmpty();
        }
    }

    @Test
    void eventsOfOneAggregateArriveInTheOrderTheyWereWritten() {
        try (ConfigurableApplicationContext running = SampleApplication.start("outbox-order");
                TopicReader topic = new TopicReader(Topics.COMMITMENTS)) {
            OutboxWriter writer = running.getBean(OutboxWriter.class);
            writer.insert(new Aggregate(id, "first", 1), id, List.of(registered(id, "I.1"), registered(id, "I.2")));
            writer.replace(new Aggregate(id, "second", 2),
                    org.springframework.data.mongodb.core.query.Query.query(
                            org.springframework.data.mongodb.core.query.Criteria.where("_id").is(id).and("version").is(1)),
                    id, List.of(registered(id, "I.3")));

            List<String> references = topic.readUntil(record -> id.equals(record.key())
                    && new String(record.value()).contains("\"I.3\""), Duration.ofSeconds(30)).stream()
                    .filter(record -> id.equals(record.key()))
                    .map(record -> EventJson.read(new String(record.value()), CommitmentRegistered.class).reference())
                    .toList();

            assertThat(references).containsExactly("I.1", "I.2", "I.3");
            assertThat(running.getBean(MongoTemplate.class).findById(id, Aggregate.class).name()).isEqualTo("second");
        }
    }

    @Test
    void eventGoesToItsTopicAndItsPublicCopyUnderOneIdUnlessItIsInternalOnly() {
        String internal = id + "-internal";
        try (ConfigurableApplicationContext running = SampleApplication.start("outbox-public-copy");
                TopicReader platformTopic = new TopicReader(Topics.COMMITMENTS);
                TopicReader publicTopic = new TopicReader(Topics.COMMITMENTS_PUBLIC)) {
            OutboxWriter writer = running.getBean(OutboxWriter.class);
            writer.insert(new Aggregate(id, "public", 1), id, List.of(registered(id, "I.6")));
            writer.insert(new Aggregate(internal, "restricted", 1), internal,
                    List.of(new InternalOnly(registered(internal, "V.6"))));

            // the two aggregates' records may sit in different partitions: read until both are there
            platformTopic.readUntil(record -> internal.equals(record.key()), Duration.ofSeconds(30));
            List<ConsumerRecord<String, byte[]>> onPlatformTopic = platformTopic.readUntil(
                    record -> id.equals(record.key()), Duration.ofSeconds(30));
            List<ConsumerRecord<String, byte[]>> onPublicTopic = publicTopic.readUntil(
                    record -> id.equals(record.key()), Duration.ofSeconds(30));
            onPublicTopic = publicTopic.readFor(Duration.ofSeconds(2));

            String eventId = onPlatformTopic.stream().filter(record -> id.equals(record.key())).findFirst()
                    .map(record -> TopicReader.header(record, "ce_id")).orElseThrow();
            assertThat(onPublicTopic).filteredOn(record -> id.equals(record.key()))
                    .extracting(record -> TopicReader.header(record, "ce_id")).containsExactly(eventId);
            assertThat(onPublicTopic).noneMatch(record -> internal.equals(record.key()));
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(pendingEvents(running)).isEmpty());
        }
    }

    @Test
    void backlogOfManyAggregatesIsPublishedOnceEachInOrder() {
        List<String> ids = java.util.stream.IntStream.range(0, 300).mapToObj(i -> id + "-" + i).toList();
        try (ConfigurableApplicationContext down = SampleApplication.start("outbox-backlog",
                "--roadmap.outbox.relay-enabled=false")) {
            OutboxWriter writer = down.getBean(OutboxWriter.class);
            for (String aggregate : ids) {
                writer.insert(new Aggregate(aggregate, "backlog", 1), aggregate,
                        List.of(registered(aggregate, "V.1"), registered(aggregate, "V.2")));
            }
        }

        try (ConfigurableApplicationContext restarted = SampleApplication.start("outbox-backlog");
                TopicReader topic = new TopicReader(Topics.COMMITMENTS)) {
            await().atMost(Duration.ofSeconds(60)).until(() -> topic.readFor(Duration.ofMillis(500)).stream()
                    .filter(record -> record.key() != null && record.key().startsWith(id)).count() >= 2L * ids.size());
            // a second publication of anything would show up now as a third reference below
            List<ConsumerRecord<String, byte[]>> read = topic.readFor(Duration.ofSeconds(2));

            java.util.Map<String, List<String>> referencesByAggregate = new java.util.HashMap<>();
            read.stream().filter(record -> record.key() != null && record.key().startsWith(id))
                    .forEach(record -> referencesByAggregate.computeIfAbsent(record.key(), k -> new java.util.ArrayList<>())
                            .add(EventJson.read(new String(record.value()), CommitmentRegistered.class).reference()));
            assertThat(referencesByAggregate).hasSize(ids.size());
            assertThat(referencesByAggregate.values()).allSatisfy(references ->
                    assertThat(references).containsExactly("V.1", "V.2"));
        }
    }

    @Test
    void relayKeepsPublishingAfterAStrayInterrupt() throws Exception {
        try (ConfigurableApplicationContext running = SampleApplication.start("outbox-interrupt");
                TopicReader topic = new TopicReader(Topics.COMMITMENTS)) {
            Thread relay = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().equals("outbox-relay")).findFirst().orElseThrow();
            relay.interrupt();
            Thread.sleep(300);
            relay.interrupt();

            running.getBean(OutboxWriter.class).insert(new Aggregate(id, "after interrupts", 1), id,
                    List.of(registered(id, "IV.1")));

            assertThat(topic.readUntil(record -> id.equals(record.key()), Duration.ofSeconds(30)))
                    .anyMatch(record -> id.equals(record.key()));
            assertThat(relay.isAlive()).isTrue();
        }
    }

    @Test
    void updateWhosePreconditionFailsStoresNoEvent() {
        try (ConfigurableApplicationContext running = SampleApplication.start("outbox-precondition",
                "--roadmap.outbox.relay-enabled=false")) {
            OutboxWriter writer = running.getBean(OutboxWriter.class);
            writer.insert(new Aggregate(id, "first", 1), id, List.of());

            boolean replaced = writer.replace(new Aggregate(id, "stale", 1),
                    org.springframework.data.mongodb.core.query.Query.query(
                            org.springframework.data.mongodb.core.query.Criteria.where("_id").is(id).and("version").is(7)),
                    id, List.of(registered(id, "I.4")));

            assertThat(replaced).isFalse();
            assertThat(pendingEvents(running)).isEmpty();
        }
    }

    private long appliedFor(String commitmentId) {
        return SampleApplication.APPLIED.stream().filter(r -> r.commitmentId().equals(commitmentId)).count();
    }

    private Document document(ConfigurableApplicationContext context) {
        return context.getBean(MongoTemplate.class).findById(id, Document.class, "aggregates");
    }

    private List<Document> pendingEvents(ConfigurableApplicationContext context) {
        return document(context).getList(Outbox.FIELD, Document.class, List.of());
    }

    static CommitmentRegistered registered(String id, String reference) {
        CommitmentRegistered sample = EventJson.read(EventSchemas.sampleText(EventType.COMMITMENT_REGISTERED),
                CommitmentRegistered.class);
        return new CommitmentRegistered(id, sample.roadMapId(), reference, reference.split("\\.")[0],
                Integer.parseInt(reference.split("\\.")[1]), sample.title(), sample.text(),
                sample.responsibleEntities(), sample.deadline(), false, "test", null, null);
    }

    private static void publishDirectly(EventEnvelope event) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(java.util.Map.of(
                "bootstrap.servers", EmbeddedInfrastructure.kafkaBootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(event.toProducerRecord(Topics.COMMITMENTS)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

}
