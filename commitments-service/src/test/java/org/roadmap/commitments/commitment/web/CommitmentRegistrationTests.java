package org.roadmap.commitments.commitment.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.ArrayList;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.roadmap.commitments.commitment.CommitmentMother;
import org.roadmap.commitments.support.ServiceTest;
import org.roadmap.events.EventJson;
import org.roadmap.events.EventSchemas;
import org.roadmap.events.EventType;
import org.roadmap.events.Topics;
import org.roadmap.platform.test.TestTokens;
import org.roadmap.platform.test.TestUser;
import org.roadmap.platform.test.TopicReader;

import tools.jackson.databind.JsonNode;

class CommitmentRegistrationTests extends ServiceTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String roadMapId = "road-map-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void registersACommitmentAndPublishesItsEventKeyedByCommitment() throws Exception {
        HttpResponse<String> created = post(CommitmentMother.reportWithinOneYear(roadMapId));

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode body = EventJson.tree(created.body());
        String id = body.get("id").asString();
        assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/commitments/" + id);
        assertThat(created.headers().firstValue("ETag")).hasValue("\"1\"");
        assertThat(body.get("reference").asString()).isEqualTo("III.1");

        try (TopicReader topic = new TopicReader(Topics.COMMITMENTS)) {
            List<ConsumerRecord<String, byte[]>> records = topic.readUntil(r -> id.equals(r.key()), Duration.ofSeconds(30));
            ConsumerRecord<String, byte[]> event = records.stream().filter(r -> id.equals(r.key())).findFirst().orElseThrow();
            String data = new String(event.value());
            assertThat(TopicReader.header(event, "ce_type")).isEqualTo(EventType.COMMITMENT_REGISTERED.type());
            assertThat(TopicReader.header(event, "ce_source")).isEqualTo("/roadmap/commitments-service");
            assertThat(TopicReader.header(event, "ce_subject")).isEqualTo(id);
            assertThat(EventSchemas.violations(EventType.COMMITMENT_REGISTERED, data)).isEmpty();
            assertThat(EventJson.tree(data).get("deadline").asString()).isEqualTo("2025-11-17");
            // a request that brought no trace still gets one, followed into its event (recorded or not)
            assertThat(TopicReader.header(event, "traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]")
                    .doesNotStartWith("00-" + "0".repeat(32));
        }
        assertThat(get("/api/v1/commitments/" + id).statusCode()).isEqualTo(200);
    }

    @Test
    void refusesInvalidFieldsNamingEachOne() throws Exception {
        HttpResponse<String> response = post("""
                {"roadMapId": "Bad Id", "pillar": "3", "number": 0, "title": "", "text": "x",
                 "responsibleEntities": [{"name": "MOFA", "country": "Japan", "role": "boss"}]}
                """);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = EventJson.tree(response.body());
        assertThat(problem.get("instance").asString()).isEqualTo("/api/v1/commitments");
        List<String> fields = problem.get("errors").valueStream().map(e -> e.get("field").asString()).toList();
        assertThat(fields).contains("roadMapId", "pillar", "number", "title", "responsibleEntities[0].country",
                "responsibleEntities[0].role");
    }

    @Test
    void refusesMalformedJsonWithAProblemNotAServerError() throws Exception {
        HttpResponse<String> response = post("{\"roadMapId\": \"x\", \"number\": \"seven\"");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("java.");
    }

    @Test
    void refusesAWrongTypeNamingTheField() throws Exception {
        HttpResponse<String> response = post(CommitmentMother.reportWithinOneYear(roadMapId)
                .replace("\"number\": 1", "\"number\": \"seven\""));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(EventJson.tree(response.body()).get("errors").get(0).get("field").asString()).isEqualTo("number");
        assertThat(EventJson.tree(response.body()).get("detail").asString()).isEqualTo("'number' must be a whole number.");
        assertThat(response.body()).doesNotContain("java.");
    }

    @Test
    void refusesTheSameReferenceTwiceInOneRoadMap() throws Exception {
        assertThat(post(CommitmentMother.reportWithinOneYear(roadMapId)).statusCode()).isEqualTo(201);

        HttpResponse<String> second = post(CommitmentMother.reportWithinOneYear(roadMapId));

        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(second.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void answersAnUnknownCommitmentWithNotFoundProblem() throws Exception {
        HttpResponse<String> response = get("/api/v1/commitments/" + UUID.randomUUID());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void namesEveryQueryParameterAtFault() throws Exception {
        HttpResponse<String> response = get("/api/v1/commitments?level=most&health=fine&size=0&sort=colour");

        assertThat(response.statusCode()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        EventJson.tree(response.body()).get("errors").forEach(error -> fields.add(error.get("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("level", "health", "size", "sort");
    }

    @Test
    void refusesAnOutOfRangePageSize() throws Exception {
        HttpResponse<String> response = get("/api/v1/commitments?size=100000");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void reportsReadinessFromMongoAndKafka() throws Exception {
        HttpResponse<String> readiness = get("/actuator/health/readiness");

        assertThat(readiness.statusCode()).isEqualTo(200);
        JsonNode components = EventJson.tree(readiness.body()).get("components");
        assertThat(components.get("mongo").get("status").asString()).isEqualTo("UP");
        assertThat(components.get("kafka").get("status").asString()).isEqualTo("UP");
        assertThat(get("/actuator/prometheus").body()).contains("application=\"commitments-service\"");
    }

    private HttpResponse<String> post(String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/commitments"))
                .header("Content-Type", "application/json")
                .header("Authorization", TestTokens.bearer(TestUser.WG_ADMIN))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", TestTokens.bearer(TestUser.WG_ADMIN)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
