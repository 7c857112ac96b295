package org.roadmap.examples;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.roadmap.events.EventEnvelope;
import org.roadmap.events.EventJson;
import org.roadmap.events.EventSchemas;
import org.roadmap.events.EventType;
import org.roadmap.events.Topics;
import org.roadmap.events.commitment.CommitmentRegistered;
import org.roadmap.events.commitment.ImplementationLevelChanged;
import org.roadmap.events.commitment.ProgressReported;
import org.roadmap.platform.sample.SampleApplication;
import org.roadmap.platform.test.EmbeddedInfrastructure;
import org.roadmap.platform.test.TopicReader;

/**
 * One event log for all the examples' tests, written once per test JVM before anything else so
 * that record times only grow along each partition (as they do on the platform): a commitment
 * registered before 2025, three commitments with their level changes, a redelivered pair, an event
 * of a type newer than the contract, one that breaks its schema, a record that is no CloudEvent,
 * and real dead letters parked by a consumer set up like notifications-service.
 */
final class IntegratorFixture {

    static final Instant BEFORE_2025 = Instant.parse("2024-12-20T09:00:00Z");
    static final String SOURCE = "/roadmap/commitments-service";

    static final String OLD = "c-old-" + UUID.randomUUID();
    static final String A = "c-a-" + UUID.randomUUID();
    static final String B = "c-b-" + UUID.randomUUID();
    static final String C = "c-c-" + UUID.randomUUID();
    static final String INVALID = "c-invalid-" + UUID.randomUUID();
    static final String NOT_A_CLOUD_EVENT = "c-garbage-" + UUID.randomUUID();
    static final String NEWER_TYPE = "org.roadmap.commitment.renamed.v1";

    /** Events in the order written; C's two level changes are written twice (a relay retry). */
    static final List<EventEnvelope> EVENTS;
    static final String DEAD_LETTERS = Topics.deadLetter(Topics.COMMITMENTS, "notifications-service");

    private static boolean written;
    private static boolean deadLettersParked;

    static {
        EVENTS = List.of(
                registered(OLD, "I.9"),
                registered(A, "I.1"), levelChanged(A, "I.1", "no-evidence", "limited"),
                registered(B, "II.2"),
                levelChanged(A, "I.1", "limited", "substantial"),
                registered(C, "III.3"), progress(C), levelChanged(C, "III.3", "no-evidence", "limited"),
                levelChanged(C, "III.3", "limited", "complete"),
                new EventEnvelope(UUID.randomUUID().toString(), SOURCE, NEWER_TYPE, C, Instant.now(), "{\"commitmentId\":\"" + C + "\"}"),
                new EventEnvelope(UUID.randomUUID().toString(), SOURCE, EventType.COMMITMENT_REGISTERED.type(), INVALID,
                        Instant.now(), EventSchemas.sampleText(EventType.COMMITMENT_REGISTERED).replace("\"III.1\"", "\"third\"")));
    }

    private IntegratorFixture() {
    }

    /** The shared broker with the platform's topic settings and the event log above on it. */
    static synchronized String eventLog() throws Exception {
        String bootstrap = EmbeddedInfrastructure.kafkaBootstrapServers();
        if (!written) {
            keepTopicsForever(bootstrap);
            try (KafkaProducer<String, byte[]> producer = EventLog.producer()) {
                EventLog.publish(producer, EVENTS.get(0), BEFORE_2025);
                for (EventEnvelope event : EVENTS.subList(1, EVENTS.size())) {
                    EventLog.publish(producer, event, Instant.now());
                }
                // the relay crashed after publishing C's level changes and published them again
                EventLog.publish(producer, EVENTS.get(7), Instant.now());
                EventLog.publish(producer, EVENTS.get(8), Instant.now());
                // a broken record on both commitment topics: integrators skip it, the platform dead-letters it
                for (String topic : List.of(Topics.COMMITMENTS, Topics.COMMITMENTS_PUBLIC)) {
                    producer.send(new ProducerRecord<>(topic, NOT_A_CLOUD_EVENT,
                            "{not json".getBytes(StandardCharsets.UTF_8))).get();
                }
            }
            written = true;
        }
        return bootstrap;
    }

    /** Starts a consumer set up as notifications-service is, and waits until it parked the bad records. */
    static synchronized ConsumerRecord<String, byte[]> deadLetter(String key) throws Exception {
        eventLog();
        if (!deadLettersParked) {
            SampleApplication.start("notifications-dead-letters", "--spring.application.name=notifications-service",
                    "--spring.cloud.stream.kafka.bindings.commitmentEvents-in-0.consumer.dlq-name=" + DEAD_LETTERS,
                    "--logging.level.org.springframework.integration=off",
                    "--logging.level.org.springframework.kafka=off");
            deadLettersParked = true;
        }
        try (TopicReader reader = new TopicReader(DEAD_LETTERS)) {
            return reader.readUntil(r -> key.equals(r.key()), Duration.ofSeconds(60)).stream()
                    .filter(r -> key.equals(r.key())).findFirst()
                    .orElseThrow(() -> new AssertionError("no dead letter with key " + key + " on " + DEAD_LETTERS));
        }
    }

    private static void keepTopicsForever(String bootstrap) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            var forever = List.of(new AlterConfigOp(new ConfigEntry("retention.ms", "-1"), AlterConfigOp.OpType.SET));
            admin.incrementalAlterConfigs(Map.of(
                    new ConfigResource(ConfigResource.Type.TOPIC, Topics.COMMITMENTS), forever,
                    new ConfigResource(ConfigResource.Type.TOPIC, Topics.COMMITMENTS_PUBLIC), forever,
                    new ConfigResource(ConfigResource.Type.TOPIC, Topics.MEETINGS), forever,
                    new ConfigResource(ConfigResource.Type.TOPIC, Topics.NOTIFICATIONS), forever)).all().get();
        }
    }

    private static EventEnvelope registered(String id, String reference) {
        CommitmentRegistered sample = EventJson.read(EventSchemas.sampleText(EventType.COMMITMENT_REGISTERED),
                CommitmentRegistered.class);
        CommitmentRegistered registered = new CommitmentRegistered(id, sample.roadMapId(), reference,
                reference.substring(0, reference.indexOf('.')), Integer.parseInt(reference.substring(reference.indexOf('.') + 1)),
                sample.title(), sample.text(), sample.responsibleEntities(), sample.deadline(), false, "roadmap-import",
                sample.cadence(), null);
        return EventEnvelope.of(SOURCE, id, registered, Instant.now());
    }

    private static EventEnvelope levelChanged(String id, String reference, String from, String to) {
        return EventEnvelope.of(SOURCE, id, new ImplementationLevelChanged(id, "jp-pe-2024-2033", reference, from, to,
                false, UUID.randomUUID().toString(), "mre-pe-editor"), Instant.now());
    }

    private static EventEnvelope progress(String id) {
        ProgressReported sample = EventJson.read(EventSchemas.sampleText(EventType.PROGRESS_REPORTED), ProgressReported.class);
        return new EventEnvelope(UUID.randomUUID().toString(), SOURCE, EventType.PROGRESS_REPORTED.type(), id,
                Instant.now(), EventSchemas.sampleText(EventType.PROGRESS_REPORTED).replace(sample.commitmentId(), id));
    }
}
