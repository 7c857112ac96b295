package org.roadmap.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.roadmap.platform.test.TestTokens;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Each service behind the gateway as several replicas (the launcher's {@code --replicas}): requests are
 * balanced over them, a replica that refuses connections is skipped without the client noticing, and a
 * request a replica dropped while answering is sent to another one only when that cannot apply it twice.
 * Real HTTP servers stand in for the replicas; "dead" ones are a port nobody listens on, and a socket that
 * reads the request and closes without answering.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "roadmap.gateway.sign-in.client-secret=" + StandInSignIn.CLIENT_SECRET)
class ReplicaRoutingTests {

    static final StandInServer COMMITMENTS_A = new StandInServer(request -> StandInServer.json("{\"replica\":\"a\"}"));
    static final StandInServer COMMITMENTS_B = new StandInServer(request -> StandInServer.json("{\"replica\":\"b\"}"));
    static final StandInServer MEETINGS = new StandInServer(request -> StandInServer.json("{\"replica\":\"m\"}"));
    static final DroppingServer MEETINGS_DROPPING = new DroppingServer();
    static final int COMMITMENTS_DEAD = GatewayTestSupport.unusedPort();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void replicas(DynamicPropertyRegistry registry) {
        registry.add("roadmap.gateway.services.commitments", () -> String.join(",", COMMITMENTS_A.uri(),
                "http://127.0.0.1:" + COMMITMENTS_DEAD, COMMITMENTS_B.uri()));
        registry.add("roadmap.gateway.services.meetings", () -> MEETINGS_DROPPING.uri() + "," + MEETINGS.uri());
        registry.add("roadmap.gateway.services.notifications",
                () -> "http://127.0.0.1:" + GatewayTestSupport.unusedPort());
        registry.add("roadmap.gateway.services.identity", GatewayTestSupport.IDENTITY::uri);
        registry.add("roadmap.gateway.issuer.uri", () -> TestTokens.ISSUER);
    }

    @AfterAll
    static void stop() {
        COMMITMENTS_A.close();
        COMMITMENTS_B.close();
        MEETINGS.close();
        MEETINGS_DROPPING.close();
    }

    @Test
    void requestsAreBalancedOverTheReplicasAndOneThatRefusesConnectionsCostsTheClientsNothing() throws Exception {
        String bearer = GatewayTestSupport.freshBearer();
        List<Integer> statuses = new ArrayList<>();
        int aBefore = COMMITMENTS_A.received().size();
        int bBefore = COMMITMENTS_B.received().size();

        for (int i = 0; i < 12; i++) {
            // writes without an Idempotency-Key too: a refused connection never reached a replica
            statuses.add(i % 2 == 0 ? send("GET", "/api/v1/commitments", null, bearer).statusCode()
                    : send("POST", "/api/v1/road-maps", "{}", bearer).statusCode());
        }

        assertThat(statuses).containsOnly(200);
        int a = COMMITMENTS_A.received().size() - aBefore;
        int b = COMMITMENTS_B.received().size() - bBefore;
        assertThat(a + b).isEqualTo(12);
        assertThat(a).isBetween(3, 9);
        assertThat(b).isBetween(3, 9);
    }

    @Test
    void aRequestDroppedWhileAnsweredGoesToAnotherReplicaOnlyWhenRepeatingItIsHarmless() throws Exception {
        String bearer = GatewayTestSupport.freshBearer();
        int droppedBefore = MEETINGS_DROPPING.dropped();

        // each of these reaches the dropping replica once (round robin over two) and then the other
        for (int i = 0; i < 2; i++) {
            assertThat(send("GET", "/api/v1/meeting-series", null, bearer).body()).contains("\"m\"");
            assertThat(send("PUT", "/api/v1/meeting-series/s", "{}", bearer).statusCode()).isEqualTo(200);
            assertThat(send("POST", "/api/v1/meeting-series", "{}", bearer, "Idempotency-Key", "key-" + i)
                    .statusCode()).isEqualTo(200);
        }
        List<Integer> unkeyedPosts = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            unkeyedPosts.add(send("POST", "/api/v1/meeting-series", "{}", bearer).statusCode());
        }

        // the dropping replica may have applied a POST without a key: its client hears so, and decides
        assertThat(unkeyedPosts).containsOnlyOnce(200).contains(503);
        assertThat(MEETINGS_DROPPING.dropped() - droppedBefore).isGreaterThanOrEqualTo(4);
    }

    private HttpResponse<String> send(String method, String path, String body, String bearer, String... headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Authorization", bearer).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(request.build(),
                HttpResponse.BodyHandlers.ofString());
    }


    /** A replica that dies while answering: it accepts each connection, reads the request and closes it. */
    static final class DroppingServer implements AutoCloseable {

        private final ServerSocket server;
        private final AtomicInteger dropped = new AtomicInteger();

        DroppingServer() {
            try {
                server = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Thread acceptor = new Thread(() -> {
                while (!server.isClosed()) {
                    try (Socket socket = server.accept()) {
                        socket.setSoTimeout(2_000);
                        socket.getInputStream().read(new byte[8192]);
                        dropped.incrementAndGet();
                    } catch (IOException closedOrTimedOut) {
                        // the next connection, or the end
                    }
                }
            }, "dropping-replica");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        String uri() {
            return "http://127.0.0.1:" + server.getLocalPort();
        }

        int dropped() {
            return dropped.get();
        }

        @Override
        public void close() {
            try {
                server.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
