package org.roadmap.commitments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import de.bwaldvogel.mongo.MongoServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.roadmap.commitments.commitment.CommitmentMother;
import org.roadmap.platform.test.ApiClient;
import org.roadmap.platform.test.EmbeddedInfrastructure;
import org.roadmap.platform.test.SnapshotReadsMemoryBackend;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The database goes away under a running service and comes back: requests are refused promptly
 * with a 503 problem (not held, not a 500) and the service recovers by itself.
 */
// Not a ServiceTest: a context of its own on a MongoDB-wire server of its own, which the test stops and
// starts again; the shared server of every other test class stays up.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StorageOutageTests {

    private static MongoServer database = new MongoServer(new SnapshotReadsMemoryBackend());
    private static final int PORT = database.bind().getPort();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.register(registry, "commitments-outage");
        registry.add("spring.mongodb.uri", () -> "mongodb://127.0.0.1:" + PORT + "/commitments-outage");
        registry.add("roadmap.storage.server-selection-timeout", () -> "1s");
    }

    @AfterAll
    static void stopDatabase() {
        database.shutdownNow();
    }

    @Test
    void anOutageIsAnsweredWithAPromptProblemAndTheServiceRecoversWithoutARestart() {
        ApiClient api = new ApiClient(port);
        String roadMapId = "outage-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(api.post("/api/v1/commitments", CommitmentMother.reportWithinOneYear(roadMapId)).statusCode())
                .isEqualTo(201);

        database.shutdownNow();
        HttpResponse<String> read = api.get("/api/v1/commitments?roadMapId=" + roadMapId);
        HttpResponse<String> write = api.post("/api/v1/commitments", CommitmentMother.reportWithinOneYear(roadMapId));

        for (HttpResponse<String> refused : java.util.List.of(read, write)) {
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
            assertThat(ApiClient.json(refused).get("detail").asString()).contains("nothing was changed");
        }

        // a fresh in-memory server: what the service must show is that it reconnects by itself
        database = new MongoServer(new SnapshotReadsMemoryBackend());
        database.bind("127.0.0.1", PORT);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(api.post("/api/v1/commitments", CommitmentMother.reportWithinOneYear(roadMapId)).statusCode())
                        .isEqualTo(201));
        assertThat(ApiClient.json(api.get("/api/v1/commitments?roadMapId=" + roadMapId)).toString())
                .contains("III.1");
    }
}
