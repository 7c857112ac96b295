package org.roadmap.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Base64;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;

import org.roadmap.events.EventJson;

import tools.jackson.databind.JsonNode;

/**
 * HTTP calls to one part of the platform as a signed-in user (a client-credentials token of the issuer), as any
 * client of the platform makes them: a connection is refused within 2 s, an answer is waited for 30 s at most.
 */
public final class PlatformApi {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(30);

    private final String base;
    private final String bearer;

    private PlatformApi(String base, String bearer) {
        this.base = base;
        this.bearer = bearer;
    }

    /** Signs in as {@code user} with the secret the issuer generated into its directory (README "Sign in"). */
    public static String token(Platform platform, String user) throws IOException, InterruptedException {
        Properties secrets = new Properties();
        try (var in = Files.newInputStream(platform.identityDirectory().resolve("secrets.properties"))) {
            secrets.load(in);
        }
        String basic = Base64.getEncoder().encodeToString((user + ":" + secrets.getProperty(user))
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(platform.url("identity")
                + "/oauth2/token")).timeout(ANSWER_WITHIN).header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("No token for " + user + ": " + answer.statusCode() + " " + answer.body());
        }
        return EventJson.tree(answer.body()).get("access_token").asString();
    }

    public static PlatformApi of(String base, String token) {
        return new PlatformApi(base, "Bearer " + token);
    }

    static HttpClient http() {
        return HTTP;
    }

    /** A request without a time limit, for a stream of answers. */
    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", bearer);
    }

    /** GET that must answer 2xx. */
    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return checked(send(path));
    }

    public JsonNode getJson(String path) throws IOException, InterruptedException {
        return EventJson.tree(get(path).body());
    }

    /** GET, whatever it is answered; no answer within 30 s is an {@link java.net.http.HttpTimeoutException}. */
    public HttpResponse<String> send(String path) throws IOException, InterruptedException {
        return HTTP.send(call(path).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** GET without waiting, whatever it is answered. */
    CompletableFuture<HttpResponse<String>> sendAsync(String path) {
        return HTTP.sendAsync(call(path).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A request with a body, whatever it is answered; {@code headers} are names and values in turn. */
    public HttpResponse<String> send(String method, String path, String contentType, String body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = call(path).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** POST of JSON that must answer 2xx. */
    public HttpResponse<String> post(String path, String json, String... headers)
            throws IOException, InterruptedException {
        return checked(send("POST", path, "application/json", json, headers));
    }

    /** A JSON merge patch on the version {@code etag}, sent without waiting. */
    CompletableFuture<HttpResponse<String>> patchAsync(String path, String etag, String json) {
        return HTTP.sendAsync(call(path).header("Content-Type", "application/merge-patch+json").header("If-Match", etag)
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A JSON merge patch on the version {@code etag} that must answer 2xx. */
    HttpResponse<String> patch(String path, String etag, String json) throws IOException, InterruptedException {
        return checked(send("PATCH", path, "application/merge-patch+json", json, "If-Match", etag));
    }

    HttpResponse<String> delete(String path, String etag) throws IOException, InterruptedException {
        return checked(HTTP.send(call(path).header("If-Match", etag).DELETE().build(),
                HttpResponse.BodyHandlers.ofString()));
    }

    private HttpRequest.Builder call(String path) {
        return request(path).timeout(ANSWER_WITHIN);
    }

    private static HttpResponse<String> checked(HttpResponse<String> response) {
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(response.request().method() + " " + response.uri() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return response;
    }
}
