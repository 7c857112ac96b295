package org.roadmap.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.roadmap.events.EventJson;
import org.springframework.util.ClassUtils;

import tools.jackson.databind.JsonNode;

/**
 * Real HTTP calls to a service under test, as a ministry's client would make them: signed in as the
 * working group's admin unless told otherwise ({@link #as(TestUser)}, {@link #withoutToken()}). Every
 * answer is held to the service's API document ({@link ApiContract}).
 */
public final class ApiClient {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** Tokens are signed with the JOSE library of the resource-server starter; a service without it checks none. */
    private static final boolean SIGNED_IN = ClassUtils.isPresent("com.nimbusds.jwt.SignedJWT",
            ApiClient.class.getClassLoader());

    private final int port;
    private final String authorization;

    public ApiClient(int port) {
        this(port, SIGNED_IN ? TestTokens.bearer(TestUser.WG_ADMIN) : null);
    }

    private ApiClient(int port, String authorization) {
        this.port = port;
        this.authorization = authorization;
    }

    /** The same service, called by {@code user}. */
    public ApiClient as(TestUser user) {
        return new ApiClient(port, TestTokens.bearer(user));
    }

    /** The same service, called with this raw token (e.g. an expired one from {@link TestTokens#token}). */
    public ApiClient withToken(String token) {
        return new ApiClient(port, "Bearer " + token);
    }

    /** The same service, called without any token. */
    public ApiClient withoutToken() {
        return new ApiClient(port, null);
    }

    public HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET());
    }

    public HttpResponse<String> post(String path, String json, String... headers) {
        return send(request(path, headers).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> postText(String path, String contentType, String body, String... headers) {
        return send(request(path, headers).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> postBytes(String path, String contentType, byte[] body, String... headers) {
        return send(request(path, headers).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public HttpResponse<String> patch(String path, String json, String... headers) {
        return send(request(path, headers).header("Content-Type", "application/merge-patch+json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> delete(String path, String... headers) {
        return send(request(path, headers).DELETE());
    }

    public static JsonNode json(HttpResponse<String> response) {
        return EventJson.tree(response.body());
    }

    /** The data of a Kafka record as JSON. */
    public static JsonNode json(org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]> record) {
        return EventJson.tree(new String(record.value(), java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The address of {@code path} on the service, for clients other than this one (e.g. an SSE reader). */
    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpRequest.Builder request(String path, String... headers) {
        // a request left hanging is a failure of its own, not a test that never ends
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(java.time.Duration.ofSeconds(60));
        if (authorization != null) {
            request.setHeader("Authorization", authorization);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) {
        try {
            HttpRequest request = builder.build();
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            // every answer a test receives is one the service's API document admits
            ApiContract.of(port).check(request.method(), response);
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
