package org.roadmap.commitments.commitment.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.roadmap.commitments.commitment.CommitmentMother;
import org.roadmap.commitments.support.ServiceTest;
import org.roadmap.events.EventJson;
import org.roadmap.events.EventType;
import org.roadmap.events.Topics;
import org.roadmap.platform.test.TestTokens;
import org.roadmap.platform.test.TestUser;
import org.roadmap.platform.test.TopicReader;

/**
 * Integrators read {@code roadmap.commitments.public.v1}: every commitment event the platform's own
 * topic gets, with the same id, except those about a restricted commitment. The one that restricts it
 * is the last the public topic gets about it.
 */
class PublicTopicTests extends ServiceTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String roadMapId = "road-map-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aCommitmentsEventsReachThePublicTopicUntilItIsRestrictedAndNoneAfter() throws Exception {
        String id = register(CommitmentMother.reportWithinOneYear(roadMapId));
        patch(id, "1", "{\"deadline\": \"2026-01-31\"}");
        patch(id, "2", "{\"restricted\": true}");
        patch(id, "3", "{\"deadline\": \"2026-03-31\", \"title\": \"Secret negotiation\"}");

        List<ConsumerRecord<String, byte[]>> internal = eventsOf(Topics.COMMITMENTS, id, 5);
        assertThat(types(internal)).hasSize(5).startsWith("registered", "deadline-changed", "updated");
        assertThat(types(internal).subList(3, 5)).containsExactlyInAnyOrder("deadline-changed", "updated");
        List<ConsumerRecord<String, byte[]>> published = eventsOf(Topics.COMMITMENTS_PUBLIC, id, 3);
        assertThat(types(published)).containsExactly("registered", "deadline-changed", "updated");
        assertThat(ids(published)).containsExactlyElementsOf(ids(internal).subList(0, 3));
        assertThat(EventJson.tree(new String(published.get(2).value())).get("restricted").asBoolean()).isTrue();
        assertThat(published).noneMatch(record -> new String(record.value()).contains("Secret negotiation"));
    }

    @Test
    void aCommitmentRestrictedFromItsRegistrationNeverReachesThePublicTopic() throws Exception {
        String id = register(CommitmentMother.reportWithinOneYear(roadMapId)
                .replace("\"deadline\"", "\"restricted\": true, \"deadline\""));
        patch(id, "1", "{\"deadline\": \"2026-01-31\"}");

        assertThat(types(eventsOf(Topics.COMMITMENTS, id, 2))).containsExactly("registered", "deadline-changed");
        try (TopicReader publicTopic = new TopicReader(Topics.COMMITMENTS_PUBLIC)) {
            assertThat(publicTopic.readFor(Duration.ofSeconds(3))).noneMatch(record -> id.equals(record.key()));
        }
    }

    /** The topic's records of commitment {@code id}, once at least {@code atLeast} arrived and no more came. */
    private static List<ConsumerRecord<String, byte[]>> eventsOf(String topic, String id, int atLeast) {
        try (TopicReader reader = new TopicReader(topic)) {
            Instant deadline = Instant.now().plusSeconds(30);
            while (keyed(reader.readFor(Duration.ofMillis(500)), id).size() < atLeast && Instant.now().isBefore(deadline)) {
                // the relay publishes shortly after each write
            }
            return keyed(reader.readFor(Duration.ofSeconds(2)), id);
        }
    }

    private static List<ConsumerRecord<String, byte[]>> keyed(List<ConsumerRecord<String, byte[]>> records, String id) {
        return records.stream().filter(record -> id.equals(record.key())).toList();
    }

    private static List<String> types(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(record -> EventType.ofType(TopicReader.header(record, "ce_type")).orElseThrow()
                .shortName().replace("commitment.", "").replace(".v1", "")).toList();
    }

    private static List<String> ids(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(record -> TopicReader.header(record, "ce_id")).toList();
    }

    private String register(String json) throws Exception {
        HttpResponse<String> created = http.send(request("/api/v1/commitments")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return EventJson.tree(created.body()).get("id").asString();
    }

    private void patch(String id, String etag, String json) throws Exception {
        HttpResponse<String> changed = http.send(request("/api/v1/commitments/" + id)
                .header("Content-Type", "application/merge-patch+json").header("If-Match", "\"" + etag + "\"")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", TestTokens.bearer(TestUser.WG_ADMIN));
    }
}
