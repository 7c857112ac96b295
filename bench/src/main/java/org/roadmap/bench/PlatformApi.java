package org.roadmap.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;

import org.roadmap.events.EventJson;

import tools.jackson.databind.JsonNode;

/** HTTP calls to one part of the launched platform as a signed-in user (a client-credentials token of the issuer). */
final class PlatformApi {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final String base;
    private final String bearer;

    private PlatformApi(String base, String bearer) {
        this.base = base;
        this.bearer = bearer;
    }

    /** Signs in as {@code user} with the secret the issuer generated into the data directory (README "Sign in"). */
    static String token(LaunchedPlatform platform, String user) throws Exception {
        Properties secrets = new Properties();
        try (var in = Files.newInputStream(platform.data().resolve(Path.of("identity", "secrets.properties")))) {
            secrets.load(in);
        }
        String basic = Base64.getEncoder().encodeToString((user + ":" + secrets.getProperty(user))
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(platform.url("identity")
                + "/oauth2/token")).header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("No token for " + user + ": " + answer.statusCode() + " " + answer.body());
        }
        return EventJson.tree(answer.body()).get("access_token").asString();
    }

    static PlatformApi of(String base, String token) {
        return new PlatformApi(base, "Bearer " + token);
    }

    static HttpClient http() {
        return HTTP;
    }

    /** The {@code Authorization} header this client sends. */
    String authorization() {
        return bearer;
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", bearer);
    }

    /** GET that must answer 2xx. */
    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return checked(HTTP.send(request(path).build(), HttpResponse.BodyHandlers.ofString()));
    }

    JsonNode getJson(String path) throws IOException, InterruptedException {
        return EventJson.tree(get(path).body());
    }

    /** GET without waiting, whatever it is answered. */
    CompletableFuture<HttpResponse<String>> sendAsync(String path) {
        return HTTP.sendAsync(request(path).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String json, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return checked(HTTP.send(request.POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString()));
    }

    /** A JSON merge patch on the version {@code etag}, sent without waiting. */
    CompletableFuture<HttpResponse<String>> patchAsync(String path, String etag, String json) {
        return HTTP.sendAsync(request(path).header("Content-Type", "application/merge-patch+json").header("If-Match", etag)
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> patch(String path, String etag, String json) throws Exception {
        return checked(patchAsync(path, etag, json).get());
    }

    HttpResponse<String> delete(String path, String etag) throws IOException, InterruptedException {
        return checked(HTTP.send(request(path).header("If-Match", etag).DELETE().build(),
                HttpResponse.BodyHandlers.ofString()));
    }

    private static HttpResponse<String> checked(HttpResponse<String> response) {
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(response.request().method() + " " + response.uri() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return response;
    }
}
