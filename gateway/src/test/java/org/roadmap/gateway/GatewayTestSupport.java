package org.roadmap.gateway;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import org.roadmap.gateway.StandInServer.Answer;
import org.roadmap.platform.test.TestTokens;
import org.roadmap.platform.test.TestUser;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The gateway on a random port in front of real HTTP servers standing in for commitments-service
 * and the issuer (which publishes the test key set and answers a person's sign-in, {@link StandInSignIn}),
 * and of ports nobody listens on for the other
 * services. One context for all test classes; each test signs in with a subject of its own so the
 * per-client rate limits of one test never touch another's.
 */
// the gateway's client secret as a plain property, so that a test class can take it away
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "roadmap.gateway.sign-in.client-secret=" + StandInSignIn.CLIENT_SECRET)
abstract class GatewayTestSupport {

    static final String PORTAL = "https://portal.example.gob.pe";
    static final int COMMITMENTS_BURST = 5;

    static final StandInServer COMMITMENTS = new StandInServer(request -> request.uri().startsWith("/v3/api-docs")
            ? StandInServer.json("""
                    {"openapi": "3.1.0", "info": {"title": "commitments-service", "version": "v1"},
                     "servers": [{"url": "http://127.0.0.1:8081", "description": "Generated server url"}],
                     "paths": {"/api/v1/commitments": {"get": {"operationId": "list"}}}}""")
            : StandInServer.json("{\"content\":[]}"));

    static final StandInServer IDENTITY = new StandInServer(request -> switch (request.uri().replaceAll("\\?.*", "")) {
        case "/oauth2/jwks" -> StandInServer.json(StandInSignIn.jwkSet());
        case "/oauth2/token" -> request.body().contains("grant_type=authorization_code")
                || request.body().contains("grant_type=refresh_token") ? StandInSignIn.token(request)
                : "Basic c3RhZmYtcmVhZGVyOnMzY3JldA==".equals(request.headers().getFirst("Authorization"))
                ? StandInServer.json("{\"access_token\":\"" + TestTokens.token(TestUser.STAFF_READER, java.time.Duration.ofHours(1))
                        + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}")
                : new Answer(401, "application/json", "{\"error\":\"invalid_client\"}");
        case "/.well-known/openid-configuration" -> StandInServer.json("{\"issuer\":\"" + TestTokens.ISSUER + "\"}");
        default -> new Answer(404, "application/json", "{}");
    });


    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        inFrontOf(registry, COMMITMENTS.uri());
        registry.add("roadmap.gateway.limits.routes.commitments.burst", () -> COMMITMENTS_BURST);
        registry.add("roadmap.gateway.limits.routes.commitments.requests-per-second", () -> 0.05);
        registry.add("roadmap.gateway.limits.routes.commitments.max-request-size", () -> "1KB");
        registry.add("roadmap.gateway.cors.allowed-origins[0]", () -> PORTAL);
    }

    /**
     * The gateway in front of commitments-service at that address and of the stand-in issuer, whose tokens it takes;
     * nobody listens where it looks for the other services.
     */
    static void inFrontOf(DynamicPropertyRegistry registry, String commitments) {
        registry.add("roadmap.gateway.services.commitments", () -> commitments);
        registry.add("roadmap.gateway.services.meetings", () -> "http://127.0.0.1:" + unusedPort());
        registry.add("roadmap.gateway.services.notifications", () -> "http://127.0.0.1:" + unusedPort());
        registry.add("roadmap.gateway.services.identity", IDENTITY::uri);
        registry.add("roadmap.gateway.issuer.uri", () -> TestTokens.ISSUER);
    }

    /** A token of its own subject, so no other request shares its rate-limit bucket. */
    static String freshBearer() {
        return TestTokens.bearer(TestUser.STAFF_READER.of("reader-" + UUID.randomUUID(), "Embassy of Japan in Peru", "JP"));
    }

    HttpResponse<String> send(String method, String path, String... headers) throws Exception {
        return sendBody(method, path, null, headers);
    }

    HttpResponse<String> sendBody(String method, String path, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .timeout(Duration.ofSeconds(30));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            // a client, so a connection, per request: a kept-alive connection that another test class's request left
            // behind has several times, in CI only, taken a request and never answered it (the gateway's threads idle)
            return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                    .send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.net.http.HttpTimeoutException unanswered) {
            // the gateway runs in this JVM: what its threads were doing says why it did not answer
            Thread.getAllStackTraces().forEach((thread, stack) -> {
                System.err.println("thread " + thread.getName() + " " + thread.getState());
                for (StackTraceElement frame : stack) {
                    System.err.println("    at " + frame);
                }
            });
            throw unanswered;
        }
    }

    static int unusedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
