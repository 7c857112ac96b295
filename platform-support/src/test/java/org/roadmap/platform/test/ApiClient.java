package org.roadmap.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.roadmap.events.EventJson;
import org.springframework.util.ClassUtils;

import tools.jackson.databind.JsonNode;

/**
 * Real HTTP calls to a service under test, as a ministry's client would make them: signed in as the
 * working group's admin unless told otherwise ({@link #as(TestUser)}, {@link #withoutToken()}). Every
 * answer is held to the service's API document ({@link ApiContract}); a client {@link #recordedIn} worked
 * examples also records each exchange there.
 */
public final class ApiClient {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** Tokens are signed with the JOSE library of the resource-server starter; a service without it checks none. */
    private static final boolean SIGNED_IN = ClassUtils.isPresent("com.nimbusds.jwt.SignedJWT",
            ApiClient.class.getClassLoader());

    private final int port;
    private final String authorization;
    private final WorkedExamples examples;

    public ApiClient(int port) {
        this(port, SIGNED_IN ? TestTokens.bearer(TestUser.WG_ADMIN) : null, null);
    }

    private ApiClient(int port, String authorization, WorkedExamples examples) {
        this.port = port;
        this.authorization = authorization;
        this.examples = examples;
    }

    /** The same service, called by {@code user}. */
    public ApiClient as(TestUser user) {
        return new ApiClient(port, TestTokens.bearer(user), examples);
    }

    /** The same service, called with this raw token (e.g. an expired one from {@link TestTokens#token}). */
    public ApiClient withToken(String token) {
        return new ApiClient(port, "Bearer " + token, examples);
    }

    /** The same service, called without any token. */
    public ApiClient withoutToken() {
        return new ApiClient(port, null, examples);
    }

    /** The same service and caller, each exchange recorded in {@code examples} (and so a failure unless 2xx). */
    public ApiClient recordedIn(WorkedExamples examples) {
        return new ApiClient(port, authorization, examples);
    }

    public HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET(), null);
    }

    public HttpResponse<String> post(String path, String json, String... headers) {
        return send(request(path, headers).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), json);
    }

    /** A POST that sends nothing, e.g. an action on what the path names. */
    public HttpResponse<String> postWithoutBody(String path, String... headers) {
        return send(request(path, headers).POST(HttpRequest.BodyPublishers.noBody()), null);
    }

    public HttpResponse<String> postText(String path, String contentType, String body, String... headers) {
        return send(request(path, headers).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)), body);
    }

    public HttpResponse<String> postBytes(String path, String contentType, byte[] body, String... headers) {
        return send(request(path, headers).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)), new String(body, StandardCharsets.UTF_8));
    }

    public HttpResponse<String> patch(String path, String json, String... headers) {
        return send(request(path, headers).header("Content-Type", "application/merge-patch+json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)), json);
    }

    public HttpResponse<String> delete(String path, String... headers) {
        return send(request(path, headers).DELETE(), null);
    }

    /**
     * Opens the event stream ({@code text/event-stream}) at {@code path}, runs {@code cause} once the service
     * has answered (so the stream is open before whatever should send an event), and answers with what came
     * up to the first event, after which it hangs up.
     */
    public HttpResponse<String> firstEvent(String path, Runnable cause) {
        HttpRequest request = request(path, "Accept", "text/event-stream").GET().build();
        UpToFirstEvent body = new UpToFirstEvent();
        CompletableFuture<HttpResponse<String>> answer = HTTP.sendAsync(request, body);
        try {
            body.answered().get(60, TimeUnit.SECONDS);
            cause.run();
            return answered(request, null, answer.get(60, TimeUnit.SECONDS));
        } catch (ExecutionException | TimeoutException e) {
            answer.cancel(true);
            throw new IllegalStateException("No event from " + path + " within a minute", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static JsonNode json(HttpResponse<String> response) {
        return EventJson.tree(response.body());
    }

    /** The data of a Kafka record as JSON. */
    public static JsonNode json(org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]> record) {
        return EventJson.tree(new String(record.value(), StandardCharsets.UTF_8));
    }

    /** The address of {@code path} on the service, for clients other than this one (e.g. an SSE reader). */
    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpRequest.Builder request(String path, String... headers) {
        // a request left hanging is a failure of its own, not a test that never ends
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60));
        if (authorization != null) {
            request.setHeader("Authorization", authorization);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        return request;
    }

    /** @param body the request's body as sent, for worked examples; {@code null} for none */
    private HttpResponse<String> send(HttpRequest.Builder builder, String body) {
        try {
            HttpRequest request = builder.build();
            return answered(request, body, HTTP.send(request, HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> answered(HttpRequest request, String body, HttpResponse<String> response) {
        // every answer a test receives is one the service's API document admits
        ApiContract.of(port).check(request.method(), response);
        if (examples != null) {
            examples.record(request, body, response);
        }
        return response;
    }
}
