package org.roadmap.platform.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.roadmap.platform.test.ApiClient.json;

import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.roadmap.platform.test.ApiClient;
import org.roadmap.platform.test.EmbeddedInfrastructure;
import org.roadmap.platform.test.TestTokens;
import org.roadmap.platform.test.TestUser;
import org.roadmap.platform.websample.WebSampleApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Each service limits request bodies itself (64 KB here), whether the size is declared or the body
 * comes in chunks, and answers a 413 problem instead of parsing it; bodies within the limit still work.
 */
@SpringBootTest(classes = WebSampleApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.main.web-application-type=servlet", "spring.application.name=bodies-sample",
                "roadmap.web.max-request-size=64KB"})
class RequestSizeLimitTests {

    private static final int LIMIT = 64 * 1024;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.register(registry, "bodies-sample");
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void refusesAJsonBodyOverTheLimit(boolean chunked) throws Exception {
        HttpResponse<String> response = send("/api/v1/documents", "application/json", document(5 * 1024 * 1024), chunked);

        assertTooLarge(response);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void refusesARawBodyOverTheLimit(boolean chunked) throws Exception {
        HttpResponse<String> response = send("/api/v1/sheets", "text/csv", new byte[LIMIT + 1], chunked);

        assertTooLarge(response);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void acceptsBodiesWithinTheLimit(boolean chunked) throws Exception {
        assertThat(send("/api/v1/documents", "application/json", document(LIMIT - 100), chunked).statusCode())
                .isEqualTo(200);
        HttpResponse<String> sheet = send("/api/v1/sheets", "text/csv", new byte[LIMIT], chunked);
        assertThat(sheet.statusCode()).isEqualTo(200);
        assertThat(json(sheet).get("bytes").asInt()).isEqualTo(LIMIT);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void refusesALargeBodyBeforeSignIn(boolean chunked) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(new ApiClient(port).uri("/api/v1/documents"))
                .header("Content-Type", "application/json");
        HttpResponse<String> response = http.send(request.POST(publisher(document(2 * LIMIT), chunked)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isIn(413, 401);
        if (!chunked) {
            assertTooLarge(response);
        }
    }

    private HttpResponse<String> send(String path, String contentType, byte[] body, boolean chunked) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(new ApiClient(port).uri(path))
                .header("Authorization", TestTokens.bearer(TestUser.WG_ADMIN))
                .header("Content-Type", contentType)
                .POST(publisher(body, chunked)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.BodyPublisher publisher(byte[] body, boolean chunked) {
        return chunked ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
                : HttpRequest.BodyPublishers.ofByteArray(body);
    }

    private static byte[] document(int size) {
        StringBuilder text = new StringBuilder("{\"text\": \"");
        text.append("x".repeat(Math.max(0, size - 12)));
        return text.append("\"}").toString().getBytes(UTF_8);
    }

    private static void assertTooLarge(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(json(response).get("type").asString()).isEqualTo("/problems/request-too-large");
    }
}
