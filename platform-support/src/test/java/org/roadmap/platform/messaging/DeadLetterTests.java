package org.roadmap.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.roadmap.events.EventEnvelope;
import org.roadmap.events.EventJson;
import org.roadmap.events.EventSchemas;
import org.roadmap.events.EventType;
import org.roadmap.events.Sources;
import org.roadmap.events.Topics;
import org.roadmap.events.commitment.CommitmentRegistered;
import org.roadmap.platform.sample.SampleApplication;
import org.roadmap.platform.test.EmbeddedInfrastructure;
import org.roadmap.platform.test.TopicReader;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;
import org.springframework.context.ConfigurableApplicationContext;

class DeadLetterTests {

    private static final String GROUP = "sample-service";
    private static final String DEAD_LETTERS = Topics.deadLetter(Topics.COMMITMENTS, GROUP);

    private static final String SOURCE = Sources.COMMITMENTS_SERVICE;

    private static ConfigurableApplicationContext service;
    private static KafkaProducer<String, byte[]> producer;

    @BeforeAll
    static void start() {
        service = SampleApplication.start("dead-letters");
        producer = new KafkaProducer<>(Map.of("bootstrap.servers", EmbeddedInfrastructure.kafkaBootstrapServers()),
                new StringSerializer(), new ByteArraySerializer());
    }

    @AfterAll
    static void stop() {
        producer.close();
        service.close();
    }

    @Test
    void recordThatIsNotACloudEventGoesToTheDeadLetterTopicAndTheNextIsStillApplied() throws Exception {
        String poison = "poison-" + UUID.randomUUID();
        producer.send(new ProducerRecord<>(Topics.COMMITMENTS, poison, "{not json".getBytes(StandardCharsets.UTF_8))).get();
        CommitmentRegistered good = goodEvent();
        send(EventEnvelope.of(SOURCE, good.commitmentId(), good, Instant.now()));

        await().atMost(Duration.ofSeconds(30)).until(() -> applied(good.commitmentId()));
        assertThat(deadLetter(poison)).isNotNull();
    }

    @Test
    void recordWithoutAValueGoesToTheDeadLetterTopicAsItCame() throws Exception {
        String tombstone = "tombstone-" + UUID.randomUUID();
        producer.send(new ProducerRecord<>(Topics.COMMITMENTS, tombstone, null)).get();
        CommitmentRegistered good = goodEvent();
        send(EventEnvelope.of(SOURCE, good.commitmentId(), good, Instant.now()));

        await().atMost(Duration.ofSeconds(30)).until(() -> applied(good.commitmentId()));
        ConsumerRecord<String, byte[]> parked = deadLetter(tombstone);
        assertThat(parked).isNotNull();
        assertThat(parked.value()).isNull();
        assertThat(TopicReader.header(parked, "x-exception-message")).contains("without a value");
    }

    @Test
    void eventWhoseDataBreaksItsSchemaGoesToTheDeadLetterTopic() throws Exception {
        String id = "invalid-" + UUID.randomUUID();
        String invalid = EventSchemas.sampleText(EventType.COMMITMENT_REGISTERED).replace("\"III.1\"", "\"third\"");
        send(new EventEnvelope(UUID.randomUUID().toString(), SOURCE, EventType.COMMITMENT_REGISTERED.type(), id,
                Instant.now(), invalid));
        CommitmentRegistered good = goodEvent();
        send(EventEnvelope.of(SOURCE, good.commitmentId(), good, Instant.now()));

        await().atMost(Duration.ofSeconds(30)).until(() -> applied(good.commitmentId()));
        ConsumerRecord<String, byte[]> parked = deadLetter(id);
        assertThat(parked).isNotNull();
        assertThat(TopicReader.header(parked, "x-exception-message")).contains("does not match its schema");
    }

    @Test
    void eventFromAServiceThatDoesNotOwnTheTopicIsDeadLetteredNotApplied() throws Exception {
        CommitmentRegistered forged = goodEvent();
        send(EventEnvelope.of(Sources.MEETINGS_SERVICE, forged.commitmentId(), forged, Instant.now()));
        CommitmentRegistered good = goodEvent();
        send(EventEnvelope.of(SOURCE, good.commitmentId(), good, Instant.now()));

        await().atMost(Duration.ofSeconds(30)).until(() -> applied(good.commitmentId()));
        ConsumerRecord<String, byte[]> parked = deadLetter(forged.commitmentId());
        assertThat(parked).isNotNull();
        assertThat(TopicReader.header(parked, "x-exception-message")).contains("not from the topic's owner");
        assertThat(applied(forged.commitmentId())).isFalse();
    }

    @Test
    void eventWhoseHandlingKeepsFailingIsRetriedThreeTimesThenDeadLettered() throws Exception {
        CommitmentRegistered sample = goodEvent();
        CommitmentRegistered failing = new CommitmentRegistered(sample.commitmentId(), sample.roadMapId(),
                sample.reference(), sample.pillar(), sample.number(), SampleApplication.FAILING_TITLE, sample.text(),
                sample.responsibleEntities(), sample.deadline(), false, "test", null, null);
        SampleApplication.FAILED_ATTEMPTS.set(0);
        send(EventEnvelope.of(SOURCE, failing.commitmentId(), failing, Instant.now()));
        CommitmentRegistered good = goodEvent();
        send(EventEnvelope.of(SOURCE, good.commitmentId(), good, Instant.now()));

        await().atMost(Duration.ofSeconds(30)).until(() -> applied(good.commitmentId()));
        ConsumerRecord<String, byte[]> parked = deadLetter(failing.commitmentId());
        assertThat(parked).isNotNull();
        assertThat(TopicReader.header(parked, "x-exception-message")).contains("projection store unavailable");
        assertThat(SampleApplication.FAILED_ATTEMPTS.get()).isEqualTo(3);
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void eachFailedAttemptIsALineAtWarnAndTheDeadLetterIsLoggedOnceAtError(CapturedOutput output) throws Exception {
        CommitmentRegistered sample = goodEvent();
        CommitmentRegistered failing = new CommitmentRegistered(sample.commitmentId(), sample.roadMapId(),
                sample.reference(), sample.pillar(), sample.number(), SampleApplication.FAILING_TITLE, sample.text(),
                sample.responsibleEntities(), sample.deadline(), false, "test", null, null);
        send(EventEnvelope.of(SOURCE, failing.commitmentId(), failing, Instant.now()));

        assertThat(deadLetter(failing.commitmentId())).isNotNull();
        await().atMost(Duration.ofSeconds(10)).until(() -> output.getOut().contains("dead-lettered record"));
        List<String> errors = output.getOut().lines()
                .filter(line -> line.contains(" ERROR ") && line.contains(failing.commitmentId())).toList();
        assertThat(errors).singleElement().asString().contains("sample-service dead-lettered record "
                + Topics.COMMITMENTS).contains("to " + DEAD_LETTERS).contains("projection store unavailable");
        String record = errors.get(0).replaceAll(".*dead-lettered record (\\S+) \\(key .*", "$1");
        assertThat(output.getOut().lines().filter(line -> line.contains(" WARN ")
                && line.contains("Consuming " + record + " failed (tried again while attempts remain)"))).hasSize(3);
        assertThat(output.getOut()).doesNotContain("Error handler threw an exception").doesNotContain("LoggingHandler");
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void aRecordCannotForgeLinesOfTheLog(CapturedOutput output) throws Exception {
        String forged = "poison-" + UUID.randomUUID() + "\r\n2026-12-07T00:00:00Z ERROR forged line";
        producer.send(new ProducerRecord<>(Topics.COMMITMENTS, forged, "{not json\n ERROR forged too".getBytes(
                StandardCharsets.UTF_8))).get();

        assertThat(deadLetter(forged)).isNotNull();
        await().atMost(Duration.ofSeconds(10)).until(() -> output.getOut().contains("\\u000d\\u000a2026-12-07"));
        assertThat(output.getOut().lines()).noneMatch(line -> line.startsWith("2026-12-07T00:00:00Z")
                || line.startsWith(" ERROR forged"));
    }

    @Test
    void eventOfATypeTheConsumerDoesNotHandleIsSkippedNotDeadLettered() throws Exception {
        String id = "meeting-" + UUID.randomUUID();
        send(new EventEnvelope(UUID.randomUUID().toString(), SOURCE, "org.roadmap.commitment.renamed.v9", id,
                Instant.now(), "{\"anything\":true}"));
        CommitmentRegistered good = goodEvent();
        send(EventEnvelope.of(SOURCE, good.commitmentId(), good, Instant.now()));

        await().atMost(Duration.ofSeconds(30)).until(() -> applied(good.commitmentId()));
        try (TopicReader reader = new TopicReader(DEAD_LETTERS)) {
            assertThat(reader.readFor(Duration.ofSeconds(2))).noneMatch(record -> id.equals(record.key()));
        }
    }

    /** Skipped on its type header, before its data is read: a consumer pays little for what it does not use. */
    @Test
    void eventOfATypeTheConsumerDoesNotHandleIsSkippedBeforeItsDataIsRead() throws Exception {
        String id = "meeting-" + UUID.randomUUID();
        send(new EventEnvelope(UUID.randomUUID().toString(), SOURCE, EventType.MEETING_HELD.type(), id, Instant.now(),
                "{\"not JSON\": "));
        CommitmentRegistered good = goodEvent();
        send(EventEnvelope.of(SOURCE, good.commitmentId(), good, Instant.now()));

        await().atMost(Duration.ofSeconds(30)).until(() -> applied(good.commitmentId()));
        try (TopicReader reader = new TopicReader(DEAD_LETTERS)) {
            assertThat(reader.readFor(Duration.ofSeconds(2))).noneMatch(record -> id.equals(record.key()));
        }
    }

    @Test
    void eventWhoseIdHeaderHasNoValueIsDeadLetteredNotAppliedUnderTheIdNull() throws Exception {
        CommitmentRegistered nameless = goodEvent();
        ProducerRecord<String, byte[]> record = EventEnvelope.of(SOURCE, nameless.commitmentId(), nameless, Instant.now())
                .toProducerRecord(Topics.COMMITMENTS);
        record.headers().remove("ce_id");
        record.headers().add("ce_id", null);
        producer.send(record).get();
        CommitmentRegistered good = goodEvent();
        send(EventEnvelope.of(SOURCE, good.commitmentId(), good, Instant.now()));

        await().atMost(Duration.ofSeconds(30)).until(() -> applied(good.commitmentId()));
        assertThat(deadLetter(nameless.commitmentId())).isNotNull();
        assertThat(applied(nameless.commitmentId())).isFalse();
    }

    @Test
    void binaryModeEventWithoutContentTypeIsApplied() throws Exception {
        CommitmentRegistered unlabelled = goodEvent();
        ProducerRecord<String, byte[]> record = EventEnvelope.of(SOURCE, unlabelled.commitmentId(), unlabelled,
                Instant.now()).toProducerRecord(Topics.COMMITMENTS);
        record.headers().remove("content-type");
        producer.send(record).get();

        await().atMost(Duration.ofSeconds(30)).until(() -> applied(unlabelled.commitmentId()));
    }

    @Test
    void sameEventDeliveredTwiceIsAppliedOnce() throws Exception {
        CommitmentRegistered good = goodEvent();
        EventEnvelope event = EventEnvelope.of(SOURCE, good.commitmentId(), good, Instant.now());
        send(event);
        send(event);
        CommitmentRegistered next = goodEvent();
        send(EventEnvelope.of(SOURCE, next.commitmentId(), next, Instant.now()));

        await().atMost(Duration.ofSeconds(30)).until(() -> applied(next.commitmentId()));
        assertThat(SampleApplication.APPLIED).filteredOn(r -> r.commitmentId().equals(good.commitmentId())).hasSize(1);
    }

    /** A poll's records are one batch: the record that fails within it is dead-lettered alone. */
    @Test
    void recordThatFailsWithinABatchIsDeadLetteredAloneAndTheRecordsAroundItAreAppliedOnce() throws Exception {
        CommitmentRegistered before = goodEvent();
        CommitmentRegistered after = goodEvent();
        String poison = "poison-" + UUID.randomUUID();
        whileStopped(() -> {
            sendToFirstPartition(EventEnvelope.of(SOURCE, before.commitmentId(), before, Instant.now())
                    .toProducerRecord(Topics.COMMITMENTS));
            sendToFirstPartition(new ProducerRecord<>(Topics.COMMITMENTS, poison,
                    "{not json".getBytes(StandardCharsets.UTF_8)));
            sendToFirstPartition(EventEnvelope.of(SOURCE, after.commitmentId(), after, Instant.now())
                    .toProducerRecord(Topics.COMMITMENTS));
        });

        await().atMost(Duration.ofSeconds(30)).until(() -> applied(after.commitmentId()));
        assertThat(deadLetter(poison)).isNotNull();
        assertThat(SampleApplication.APPLIED).filteredOn(r -> r.commitmentId().equals(before.commitmentId()))
                .hasSize(1);
        assertThat(SampleApplication.APPLIED).filteredOn(r -> r.commitmentId().equals(after.commitmentId()))
                .hasSize(1);
        try (TopicReader reader = new TopicReader(DEAD_LETTERS)) {
            assertThat(reader.readFor(Duration.ofSeconds(2))).noneMatch(record -> before.commitmentId()
                    .equals(record.key()) || after.commitmentId().equals(record.key()));
        }
    }

    /** The work handlers put off is done once for the batch, before its events count as applied. */
    @Test
    void workPutOffToTheEndOfABatchIsDoneOnceForAllItsEvents() throws Exception {
        List<CommitmentRegistered> events = List.of(goodEvent(), goodEvent(), goodEvent());
        whileStopped(() -> {
            for (CommitmentRegistered event : events) {
                sendToFirstPartition(EventEnvelope.of(SOURCE, event.commitmentId(), event, Instant.now())
                        .toProducerRecord(Topics.COMMITMENTS));
            }
        });

        List<String> ids = events.stream().map(CommitmentRegistered::commitmentId).toList();
        await().atMost(Duration.ofSeconds(30)).until(() -> ids.stream().allMatch(DeadLetterTests::applied));
        assertThat(SampleApplication.BATCH_ENDS).contains(ids);
    }

    /** Work put off that fails for one event fails that event alone: the batch is applied again a record at a time. */
    @Test
    void workPutOffThatFailsForOneEventDeadLettersThatEventAlone() throws Exception {
        CommitmentRegistered before = goodEvent();
        CommitmentRegistered sample = goodEvent();
        CommitmentRegistered failing = new CommitmentRegistered(sample.commitmentId(), sample.roadMapId(),
                sample.reference(), sample.pillar(), sample.number(), SampleApplication.FAILING_AT_BATCH_END_TITLE,
                sample.text(), sample.responsibleEntities(), sample.deadline(), false, "test", null, null);
        CommitmentRegistered after = goodEvent();
        whileStopped(() -> {
            for (CommitmentRegistered event : List.of(before, failing, after)) {
                sendToFirstPartition(EventEnvelope.of(SOURCE, event.commitmentId(), event, Instant.now())
                        .toProducerRecord(Topics.COMMITMENTS));
            }
        });

        ConsumerRecord<String, byte[]> parked = deadLetter(failing.commitmentId());
        assertThat(parked).isNotNull();
        assertThat(TopicReader.header(parked, "x-exception-message")).contains("put-off work failed");
        await().atMost(Duration.ofSeconds(30)).until(() -> SampleApplication.BATCH_ENDS.contains(
                List.of(after.commitmentId())));
        assertThat(SampleApplication.BATCH_ENDS).contains(List.of(before.commitmentId()));
        try (TopicReader reader = new TopicReader(DEAD_LETTERS)) {
            assertThat(reader.readFor(Duration.ofSeconds(2))).noneMatch(record -> before.commitmentId()
                    .equals(record.key()) || after.commitmentId().equals(record.key()));
        }
    }

    private static void whileStopped(ThrowingRunnable sends) throws Exception {
        awaitSettledGroup();
        BindingsLifecycleController bindings = service.getBean(BindingsLifecycleController.class);
        bindings.changeState("commitmentEvents-in-0", BindingsLifecycleController.State.STOPPED);
        try {
            sends.run();
        } finally {
            bindings.changeState("commitmentEvents-in-0", BindingsLifecycleController.State.STARTED);
        }
    }

    /**
     * Until the service's consumers hold their partitions. Stopped while they were still joining (the first test
     * after the service started), the binding left a member the broker waited out, its 45 s session, before the
     * restarted consumers were given partitions: longer than the tests wait for what they sent meanwhile.
     */
    private static void awaitSettledGroup() {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", EmbeddedInfrastructure.kafkaBootstrapServers()))) {
            await().atMost(Duration.ofSeconds(90)).until(() -> {
                ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(GROUP)).all().get().get(GROUP);
                return group.groupState() == GroupState.STABLE && !group.members().isEmpty()
                        && group.members().stream().noneMatch(m -> m.assignment().topicPartitions().isEmpty());
            });
        }
    }

    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    /** One partition, so the records are read in order, in one poll once the binding starts. */
    private static void sendToFirstPartition(ProducerRecord<String, byte[]> record) throws Exception {
        producer.send(new ProducerRecord<>(record.topic(), 0, record.key(), record.value(), record.headers())).get();
    }

    private static CommitmentRegistered goodEvent() {
        CommitmentRegistered sample = EventJson.read(EventSchemas.sampleText(EventType.COMMITMENT_REGISTERED),
                CommitmentRegistered.class);
        return new CommitmentRegistered(UUID.randomUUID().toString(), sample.roadMapId(), sample.reference(),
                sample.pillar(), sample.number(), sample.title(), sample.text(), sample.responsibleEntities(),
                sample.deadline(), false, "test", null, null);
    }

    private static boolean applied(String commitmentId) {
        return SampleApplication.APPLIED.stream().anyMatch(r -> r.commitmentId().equals(commitmentId));
    }

    private static void send(EventEnvelope event) throws Exception {
        producer.send(event.toProducerRecord(Topics.COMMITMENTS)).get();
    }

    private static ConsumerRecord<String, byte[]> deadLetter(String key) {
        try (TopicReader reader = new TopicReader(DEAD_LETTERS)) {
            List<ConsumerRecord<String, byte[]>> records = reader.readUntil(record -> key.equals(record.key()),
                    Duration.ofSeconds(30));
            return records.stream().filter(record -> key.equals(record.key())).findFirst().orElse(null);
        }
    }
}
