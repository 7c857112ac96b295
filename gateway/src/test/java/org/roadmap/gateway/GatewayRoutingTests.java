package org.roadmap.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The gateway in front of a real HTTP server standing in for commitments-service, and of a port nobody listens on. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayRoutingTests {

    private static final List<String> RECEIVED = new CopyOnWriteArrayList<>();
    private static final HttpServer COMMITMENTS = commitmentsService();

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) throws IOException {
        registry.add("roadmap.gateway.services.commitments", () -> "http://127.0.0.1:" + COMMITMENTS.getAddress().getPort());
        registry.add("roadmap.gateway.services.meetings", () -> "http://127.0.0.1:" + unusedPort());
        registry.add("roadmap.gateway.services.notifications", () -> "http://127.0.0.1:" + unusedPort());
    }

    @AfterAll
    static void stop() {
        COMMITMENTS.stop(0);
    }

    @Test
    void routesCommitmentRequestsToCommitmentsService() throws Exception {
        HttpResponse<String> response = send("GET", "/api/v1/commitments?roadMapId=jp-pe-2024-2033");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"content\":[]}");
        assertThat(RECEIVED).contains("GET /api/v1/commitments?roadMapId=jp-pe-2024-2033");
    }

    @Test
    void answersAServiceThatIsDownWithAProblemNotAGatewayError() throws Exception {
        HttpResponse<String> response = send("POST", "/api/v1/meeting-series");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        assertThat(response.body()).contains("\"service\":\"meetings-service\"").contains("\"instance\":\"/api/v1/meeting-series\"");
    }

    @Test
    void servesTheEventContractForIntegrators() throws Exception {
        HttpResponse<String> asyncApi = send("GET", "/docs/asyncapi.yaml");
        HttpResponse<String> schema = send("GET", "/docs/schemas/commitment.registered.v1.json");

        assertThat(asyncApi.statusCode()).isEqualTo(200);
        assertThat(asyncApi.body()).contains("asyncapi: 3.0.0").contains("roadmap.commitments.v1");
        assertThat(schema.statusCode()).isEqualTo(200);
        assertThat(schema.body()).contains("urn:roadmap:events:commitment.registered.v1");
        assertThat(send("GET", "/docs/samples/meeting.held.v1.json").statusCode()).isEqualTo(200);
        assertThat(send("GET", "/docs/EventType.class").statusCode()).isEqualTo(404);
    }

    @Test
    void isReadyOnItsOwn() throws Exception {
        assertThat(send("GET", "/actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(send("GET", "/actuator/prometheus").body()).contains("application=\"gateway\"");
    }

    private HttpResponse<String> send(String method, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpServer commitmentsService() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                RECEIVED.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
                byte[] body = "{\"content\":[]}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int unusedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
