package org.roadmap.commitments.commitment.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.roadmap.platform.test.ApiClient.json;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.roadmap.commitments.support.ServiceTest;
import org.roadmap.platform.test.ApiClient;
import org.roadmap.events.EventEnvelope;
import org.roadmap.events.EventSchemas;
import org.roadmap.events.EventType;
import org.roadmap.events.Topics;
import org.roadmap.platform.test.EmbeddedInfrastructure;
import org.roadmap.platform.test.TopicReader;

import tools.jackson.databind.JsonNode;

/** A held meeting, as meetings-service publishes it (its golden sample), becomes progress on its agenda's commitments. */
class MeetingProgressTests extends ServiceTest {

    @Test
    void heldMeetingAddsOneEntryToEachAgendaCommitmentHoweverOftenItIsDelivered() throws Exception {
        ApiClient api = api();
        String dialogue = id(api, "I.2");
        String workingGroup = id(api, "I.5");
        String occurrence = "political-dialogue-mechanism-" + UUID.randomUUID();
        String data = EventSchemas.sampleText(EventType.MEETING_HELD)
                .replace("political-dialogue-mechanism-2025", occurrence)
                .replace("\"6f1c2a9e-0b7d-4c55-9a43-3a1f0d2e7b10\"",
                        "\"" + dialogue + "\", \"" + workingGroup + "\", \"not-a-commitment\"");
        EventEnvelope held = new EventEnvelope(UUID.randomUUID().toString(), "/roadmap/meetings-service",
                EventType.MEETING_HELD.type(), "political-dialogue-mechanism", Instant.now(), data);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.of("bootstrap.servers", EmbeddedInfrastructure.kafkaBootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(held.toProducerRecord(Topics.MEETINGS)).get();
            producer.send(held.toProducerRecord(Topics.MEETINGS)).get();
            // under another id, which the record of applied events does not know: as after a crash between applying
            // the event and recording it, only the entry's own key keeps it once
            producer.send(new EventEnvelope(UUID.randomUUID().toString(), held.source(), held.type(), held.subject(),
                    held.time(), held.data()).toProducerRecord(Topics.MEETINGS)).get();
        }

        JsonNode entry = await().atMost(Duration.ofSeconds(30)).until(() -> meetingEntries(api, workingGroup), e -> e != null);
        Thread.sleep(1_000);

        assertThat(entry.get("summary").asString()).isEqualTo(
                "Discussed at Japan-Peru Political Dialogue Mechanism, Tokyo, 16 September 2025: Working group report reviewed");
        assertThat(entry.get("meetingId").asString()).isEqualTo(occurrence);
        assertThat(entry.get("reportedBy").asString()).isEqualTo("Aiko Tanaka (jp-editor)");
        assertThat(json(api.get("/api/v1/commitments/" + workingGroup + "/progress-reports")).get("content")).hasSize(1);
        assertThat(json(api.get("/api/v1/commitments/" + dialogue + "/progress-reports")).get("content")).hasSize(1);
        assertThat(json(api.get("/api/v1/commitments/" + dialogue)).get("level").asString()).isEqualTo("no-evidence");
        try (TopicReader topic = new TopicReader(Topics.COMMITMENTS)) {
            // other test classes share the broker and the seeded (deterministic) commitment ids
            Predicate<ConsumerRecord<String, byte[]>> ours =
                    r -> dialogue.equals(r.key()) && new String(r.value()).contains(occurrence)
                            && EventType.PROGRESS_REPORTED.type().equals(TopicReader.header(r, "ce_type"));
            var event = topic.readUntil(ours, Duration.ofSeconds(30)).stream().filter(ours).findFirst().orElseThrow();
            assertThat(EventSchemas.violations(EventType.PROGRESS_REPORTED, new String(event.value()))).isEmpty();
            assertThat(strings(json(event).get("sides"))).containsExactly("JP", "PE");
            assertThat(topic.readFor(Duration.ofSeconds(1)).stream().filter(ours)).hasSize(1);
        }
    }

    @Test
    void meetingHeldInLimaIsAnEntryOfBothSidesAndNotPerusReport() throws Exception {
        ApiClient api = api();
        // a seeded commitment no other test class reports on: its timeline and assessments are this test's
        String triangular = id(api, "III.2");
        String path = "/api/v1/commitments/" + triangular;
        String perusSummary = "Triangular project agreed with JICA " + UUID.randomUUID();
        assertThat(api.post(path + "/progress-reports", """
                {"country": "PE", "organisation": "Peruvian Agency for International Cooperation (APCI)", "summary": "%s",
                 "level": "limited", "health": "on-track"}""".formatted(perusSummary),
                "Idempotency-Key", "triangular-pe").statusCode()).isEqualTo(201);
        String occurrence = "political-dialogue-mechanism-" + UUID.randomUUID();
        send(EventSchemas.sampleText(EventType.MEETING_HELD)
                .replace("political-dialogue-mechanism-2025", occurrence)
                .replace("\"Tokyo\"", "\"Lima\"").replace("\"JP\"", "\"PE\"").replace("Asia/Tokyo", "America/Lima")
                .replace("6f1c2a9e-0b7d-4c55-9a43-3a1f0d2e7b10", triangular));

        JsonNode entry = await().atMost(Duration.ofSeconds(30)).until(() -> meetingEntries(api, triangular),
                e -> e != null && e.has("meetingId"));

        assertThat(entry.get("summary").asString())
                .startsWith("Discussed at Japan-Peru Political Dialogue Mechanism, Lima");
        assertThat(entry.path("country").isMissingNode() || entry.get("country").isNull()).as("country of %s", entry)
                .isTrue();
        assertThat(strings(entry.get("sides"))).containsExactly("JP", "PE");
        JsonNode perus = json(api.get(path + "/progress-reports")).get("content").get(1);
        assertThat(perus.get("country").asString()).isEqualTo("PE");
        assertThat(strings(perus.get("sides"))).containsExactly("PE");
        assertThat(json(api.get(path)).get("assessments").valueStream().map(a -> a.get("reportId").asString()))
                .containsExactly(perus.get("id").asString());
        try (TopicReader topic = new TopicReader(Topics.COMMITMENTS)) {
            Predicate<ConsumerRecord<String, byte[]>> ours =
                    r -> triangular.equals(r.key()) && new String(r.value()).contains(occurrence);
            JsonNode event = json(topic.readUntil(ours, Duration.ofSeconds(30)).stream().filter(ours).findFirst()
                    .orElseThrow());
            assertThat(event.get("country").asString()).as("v1's country: the venue's").isEqualTo("PE");
            assertThat(strings(event.get("sides"))).containsExactly("JP", "PE");
        }
        Map<String, List<String>> sheet = sheetRows(api, "III.2");
        assertThat(sheet.get("PE")).containsSubsequence("limited", "on-track", perusSummary);
        assertThat(sheet.get("JP")).as("Japan has not reported").doesNotContain("limited", perusSummary)
                .noneMatch(cell -> cell.startsWith("Discussed at"));
        JsonNode annual = json(api.get("/api/v1/road-maps/jp-pe-2024-2033/reports/annual?year="
                + LocalDate.now(ZoneId.of("America/Lima")).getYear()));
        JsonNode discussed = annual.get("changes").valueStream()
                .filter(c -> c.get("id").asString().equals(triangular)).flatMap(c -> c.get("changes").valueStream())
                .filter(c -> c.path("after").has("meetingId")).findFirst().orElseThrow();
        assertThat(discussed.get("after").has("country")).isFalse();
        assertThat(strings(discussed.get("after").get("sides"))).containsExactly("JP", "PE");
        assertThat(annual.get("disagreements").valueStream().map(d -> d.get("id").asString()))
                .doesNotContain(triangular);
    }

    @Test
    void heldMeetingAtAVenueWhoseTimeZoneIsUnknownIsRecordedWithItsDayInUtc() throws Exception {
        ApiClient api = api();
        String commitment = id(api, "I.3");
        String data = EventSchemas.sampleText(EventType.MEETING_HELD)
                .replace("political-dialogue-mechanism-2025", "political-dialogue-mechanism-" + UUID.randomUUID())
                .replace("\"2025-09-16T01:00:00Z\"", "\"2025-09-15T20:00:00Z\"")
                .replace("Asia/Tokyo", "Asia/Atlantis").replace("6f1c2a9e-0b7d-4c55-9a43-3a1f0d2e7b10", commitment);
        send(data);

        JsonNode entry = await().atMost(Duration.ofSeconds(30)).until(() -> meetingEntries(api, commitment), e -> e != null);

        assertThat(entry.get("summary").asString()).isEqualTo(
                "Discussed at Japan-Peru Political Dialogue Mechanism, Tokyo, 15 September 2025: Working group report reviewed");
    }

    @Test
    void aHeldMeetingWhoseTitleOrRecorderIsLongerThanAReportTakesIsDeadLetteredAndAddsNothing() throws Exception {
        ApiClient api = api();
        String commitment = id(api, "I.3");
        String sample = EventSchemas.sampleText(EventType.MEETING_HELD)
                .replace("6f1c2a9e-0b7d-4c55-9a43-3a1f0d2e7b10", commitment);
        // the title is the entry's organisation, which a person's report may give in up to 300 characters
        String longTitle = "long-title-" + UUID.randomUUID();
        send(sample.replace("political-dialogue-mechanism-2025", longTitle).replace("Japan-Peru Political Dialogue "
                + "Mechanism", "Mecanismo de Diálogo Político ".repeat(10) + "Perú-Japón"));
        String longRecorder = "long-recorder-" + UUID.randomUUID();
        send(sample.replace("political-dialogue-mechanism-2025", longRecorder)
                .replace("Aiko Tanaka (jp-editor)", "Aiko Tanaka ".repeat(25) + "(jp-editor)"));
        String fitting = "fitting-" + UUID.randomUUID();
        send(sample.replace("political-dialogue-mechanism-2025", fitting));

        try (TopicReader deadLetters = new TopicReader(Topics.MEETINGS + ".commitments-service.dlt")) {
            // other records parked there include tombstones, which have no value
            List<String> parked = deadLetters.readUntil(r -> r.value() != null && new String(r.value())
                    .contains(longRecorder), Duration.ofSeconds(30)).stream().filter(r -> r.value() != null)
                    .map(r -> new String(r.value())).toList();
            assertThat(parked).anyMatch(value -> value.contains(longTitle))
                    .anyMatch(value -> value.contains(longRecorder)).noneMatch(value -> value.contains(fitting));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> json(api.get("/api/v1/commitments/" + commitment
                + "/progress-reports?size=200")).get("content").valueStream()
                .anyMatch(entry -> fitting.equals(entry.path("meetingId").asString())));
        assertThat(json(api.get("/api/v1/commitments/" + commitment + "/progress-reports?size=200")).get("content")
                .valueStream().map(entry -> entry.path("meetingId").asString()))
                .doesNotContain(longTitle, longRecorder);
    }

    private static void send(String heldData) throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.of("bootstrap.servers", EmbeddedInfrastructure.kafkaBootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new EventEnvelope(UUID.randomUUID().toString(), "/roadmap/meetings-service",
                    EventType.MEETING_HELD.type(), "political-dialogue-mechanism", Instant.now(), heldData)
                    .toProducerRecord(Topics.MEETINGS)).get();
        }
    }

    /** The progress sheet's rows of one commitment, by side. */
    private static Map<String, List<String>> sheetRows(ApiClient api, String reference) throws Exception {
        String csv = api.get("/api/v1/road-maps/jp-pe-2024-2033/progress.csv").body();
        return CSVFormat.RFC4180.parse(new StringReader(csv)).stream().filter(row -> row.get(0).equals(reference))
                .collect(Collectors.toMap(row -> row.get(3), CSVRecord::toList));
    }

    private static List<String> strings(JsonNode array) {
        return array == null ? List.of() : array.valueStream().map(JsonNode::asString).toList();
    }

    private static JsonNode meetingEntries(ApiClient api, String commitmentId) {
        JsonNode timeline = json(api.get("/api/v1/commitments/" + commitmentId + "/progress-reports")).get("content");
        return timeline.isEmpty() ? null : timeline.get(0);
    }

    private static String id(ApiClient api, String reference) {
        return json(api.get("/api/v1/commitments?roadMapId=jp-pe-2024-2033&reference=" + reference))
                .get("content").get(0).get("id").asString();
    }
}
