package org.roadmap.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.roadmap.platform.test.ApiClient.json;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.roadmap.events.EventEnvelope;
import org.roadmap.events.EventJson;
import org.roadmap.events.EventType;
import org.roadmap.events.ListLimits;
import org.roadmap.events.Topics;
import org.roadmap.notifications.recipient.RecipientMother;
import org.roadmap.notifications.support.EventsOnTheWire;
import org.roadmap.notifications.support.InboxStreamReader;
import org.roadmap.notifications.support.ServiceTest;
import org.roadmap.platform.test.EmbeddedInfrastructure;
import org.roadmap.platform.test.PoisonRecords;
import org.roadmap.platform.test.TestUser;
import org.roadmap.platform.test.TopicReader;
import org.roadmap.platform.test.fuzz.EventFuzzReport;
import org.roadmap.platform.test.fuzz.EventFuzzer;
import org.roadmap.platform.test.fuzz.FuzzedRecord;
import org.roadmap.platform.test.fuzz.FuzzedRecord.Outcome;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.stream.config.BindingServiceProperties;

/**
 * Hundreds of hostile records on each topic the service reads. On the commitments and meetings
 * topics each one the contract refuses is on the dead-letter topic unchanged and none it accepts
 * is; on its own topic every replica skips what it cannot read (it keeps no dead letters, having
 * written nothing). An event sent after them is still seen through the API.
 */
class EventFuzzingTests extends ServiceTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String SAMPLE_COMMITMENT = "6f1c2a9e-0b7d-4c55-9a43-3a1f0d2e7b10";

    @Autowired
    BindingServiceProperties bindings;

    /** Fuzzed events name no ministry, road map or commitment anyone follows, so they alert no one. */
    private static EventFuzzer fuzzer(String topic, Set<EventType> handled) {
        return new EventFuzzer(topic, handled, EventFuzzer.seed())
                .replacingInSamples("Ministry of Foreign Affairs of", "Event fuzzing ministry of")
                .replacingInSamples("jp-pe-2024-2033", "event-fuzzing").replacingInSamples(SAMPLE_COMMITMENT, "event-fuzzing");
    }

    @Test
    void commitmentEventsTheContractRefusesAreDeadLetteredAndTheNextOneIsKnown() {
        List<FuzzedRecord> fuzzed = fuzzer(Topics.COMMITMENTS, Set.of(EventType.COMMITMENT_REGISTERED,
                EventType.COMMITMENT_UPDATED, EventType.COMMITMENT_DEADLINE_CHANGED, EventType.LEVEL_CHANGED,
                EventType.MILESTONE_ADDED, EventType.MILESTONE_CHANGED))
                .keepingCommitmentFields()
                .records(EventFuzzer.perTopic());
        String commitment = UUID.randomUUID().toString();
        EventEnvelope sentinel = EventEnvelope.of("/roadmap/commitments-service", commitment,
                EventsOnTheWire.registered(commitment, LocalDate.of(2026, 6, 30), "Sentinel ministry", "Other"), Instant.now());

        EventFuzzer.sendFollowedBy(fuzzed, sentinel.toProducerRecord(Topics.COMMITMENTS));

        await().atMost(PATIENCE).until(() -> api().get("/api/v1/notifications/commitments/" + commitment).statusCode() == 200);
        assertAllKeptTheirPromises(fuzzed, Topics.COMMITMENTS);
        for (String id : processedIds(fuzzed, "commitmentId")) {
            answersWithoutServerError("/api/v1/notifications/commitments/" + id);
            answersWithoutServerError("/api/v1/notifications/commitments/" + id + "/alerts");
        }
    }

    @Test
    void meetingEventsTheContractRefusesAreDeadLetteredAndTheNextOneIsKnown() {
        List<FuzzedRecord> fuzzed = fuzzer(Topics.MEETINGS, Set.of(EventType.MEETING_SERIES_CREATED,
                EventType.MEETING_SERIES_CHANGED, EventType.MEETING_SCHEDULED, EventType.MEETING_RESCHEDULED,
                EventType.MEETING_CANCELLED, EventType.MEETING_HELD, EventType.CADENCE_PERIOD_AT_RISK))
                .keepingMeetingTexts()
                .keepingAtMost(EventType.MEETING_SERIES_CREATED, "/commitmentIds", ListLimits.SERIES_COMMITMENTS)
                .keepingAtMost(EventType.MEETING_SERIES_CHANGED, "/commitmentIds", ListLimits.SERIES_COMMITMENTS)
                .keepingAtMost(EventType.MEETING_SCHEDULED, "/commitmentIds", ListLimits.SERIES_COMMITMENTS)
                .keepingAtMost(EventType.CADENCE_PERIOD_AT_RISK, "/commitmentIds", ListLimits.SERIES_COMMITMENTS)
                .records(EventFuzzer.perTopic());
        String occurrence = "sentinel-" + UUID.randomUUID();
        EventEnvelope sentinel = EventEnvelope.of("/roadmap/meetings-service", "sentinel-series",
                EventsOnTheWire.scheduled("sentinel-series", occurrence, Instant.parse("2026-03-10T01:00:00Z"),
                        EventsOnTheWire.TOKYO), Instant.now());

        EventFuzzer.sendFollowedBy(fuzzed, sentinel.toProducerRecord(Topics.MEETINGS));

        await().atMost(PATIENCE).until(() -> api().get("/api/v1/notifications/meetings/" + occurrence).statusCode() == 200);
        assertAllKeptTheirPromises(fuzzed, Topics.MEETINGS);
        for (String id : processedIds(fuzzed, "occurrenceId")) {
            answersWithoutServerError("/api/v1/notifications/meetings/" + id);
            answersWithoutServerError("/api/v1/notifications/meetings/" + id + "/alerts");
        }
    }

    @Test
    void everyReplicaSkipsNotificationEventsItCannotReadAndStillStreamsTheNextOne() throws Exception {
        String group = bindings.getBindingProperties("inboxBroadcast-in-0").getGroup();
        TestUser officer = newUser("fuzzing-officer");
        String entity = "Event fuzzing inbox ministry " + UUID.randomUUID();
        assertThat(api().as(officer).post("/api/v1/recipients", RecipientMother.inboxReader(entity)).statusCode())
                .isEqualTo(201);
        ProducerRecord<String, byte[]> sent = inboxItemSentWhileNoDashboardWasOpen(officer, entity);
        await().atMost(PATIENCE).until(() -> PoisonRecords.consumedToTheEnd(group, Topics.NOTIFICATIONS));
        List<FuzzedRecord> fuzzed = fuzzer(Topics.NOTIFICATIONS, Set.of(EventType.NOTIFICATION_SENT))
                .records(EventFuzzer.perTopic());

        try (InboxStreamReader stream = InboxStreamReader.open(api(), officer)) {
            await().atMost(PATIENCE).until(stream::connected);
            // the same NotificationSent again, as a redelivery: this replica has not pushed the item yet
            EventFuzzer.sendFollowedBy(fuzzed, sent);

            await().atMost(PATIENCE).until(() -> !stream.data().isEmpty());
            await().atMost(PATIENCE).until(() -> PoisonRecords.consumedToTheEnd(group, Topics.NOTIFICATIONS));
            assertThat(stream.data()).singleElement().satisfies(data -> assertThat(data).contains(deliveryId(sent)));
        }
        System.out.println("notifications-service event fuzzing of " + Topics.NOTIFICATIONS + ": " + fuzzed.size()
                + " records read past by group " + group + ", no dead-letter topic");
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", EmbeddedInfrastructure.kafkaBootstrapServers()))) {
            assertThat(admin.listTopics().names().get()).noneMatch(t -> t.startsWith(Topics.NOTIFICATIONS + ".")
                    && t.endsWith(".dlt"));
        }
        assertThat(json(api().withoutToken().get("/actuator/health")).get("status").asString()).isEqualTo("UP");
    }

    /** A deadline alert of {@code entity}'s commitment reaches {@code officer}'s inbox; its NotificationSent as published. */
    private ProducerRecord<String, byte[]> inboxItemSentWhileNoDashboardWasOpen(TestUser officer, String entity) {
        clock.set(START);
        String commitment = UUID.randomUUID().toString();
        try (EventsOnTheWire wire = new EventsOnTheWire()) {
            wire.send(commitment, EventsOnTheWire.registered(commitment, LocalDate.of(2025, 11, 17), entity, "Other"));
        }
        await().atMost(PATIENCE).until(() -> json(api().get("/api/v1/notifications/commitments/" + commitment
                + "/alerts")).size() == 4);
        clock.set(Instant.parse("2025-10-18T00:00:00Z"));
        String item = await().atMost(PATIENCE).until(() -> json(api().as(officer).get("/api/v1/inbox")).valueStream()
                .map(i -> i.get("id").asString()).findFirst().orElse(null), id -> id != null);
        try (TopicReader topic = new TopicReader(Topics.NOTIFICATIONS)) {
            java.util.function.Predicate<ConsumerRecord<String, byte[]>> ours = r -> r.value() != null
                    && EventType.NOTIFICATION_SENT.type().equals(TopicReader.header(r, "ce_type"))
                    && item.equals(EventJson.tree(new String(r.value(), StandardCharsets.UTF_8)).path("deliveryId").asString());
            ConsumerRecord<String, byte[]> record = topic.readUntil(ours, PATIENCE).stream().filter(ours).findFirst()
                    .orElseThrow();
            return new ProducerRecord<>(Topics.NOTIFICATIONS, null, record.key(), record.value(), record.headers());
        }
    }

    private void assertAllKeptTheirPromises(List<FuzzedRecord> fuzzed, String topic) {
        EventFuzzReport report = EventFuzzReport.of(fuzzed, topic, "notifications-service", PATIENCE)
                .printed("notifications-service event fuzzing of " + topic);
        assertThat(report.findings()).isEmpty();
        assertThat(json(api().withoutToken().get("/actuator/health")).get("status").asString()).isEqualTo("UP");
    }

    private void answersWithoutServerError(String path) {
        assertThat(api().get(path).statusCode()).as(path).isLessThan(500);
    }

    /** The ids the processed records carried in {@code field}, as a path segment. */
    private static List<String> processedIds(List<FuzzedRecord> fuzzed, String field) {
        return fuzzed.stream().filter(r -> r.expected() == Outcome.PROCESSED)
                .map(r -> EventJson.tree(new String(r.record().value(), StandardCharsets.UTF_8)).path(field))
                .filter(id -> id.isString() && !id.asString().isBlank())
                .map(id -> URLEncoder.encode(id.asString(), StandardCharsets.UTF_8).replace("+", "%20")).distinct().toList();
    }

    private static String deliveryId(ProducerRecord<String, byte[]> sent) {
        return EventJson.tree(new String(sent.value(), StandardCharsets.UTF_8)).get("deliveryId").asString();
    }
}
