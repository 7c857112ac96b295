package org.roadmap.platform.test;

import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.roadmap.events.EventJson;
import org.springframework.http.HttpStatus;

import tools.jackson.databind.JsonNode;

/**
 * One request and its answer as a worked example shows them: the headers a client has to send or read,
 * the bodies made readable, the caller named from the token (the token itself stands in as a placeholder).
 *
 * @param caption  why the tour made the call, or {@code null}
 * @param streamed the answer is an event stream, shown up to its first event
 */
record RecordedExchange(String operationId, String caption, String caller, String request, String response,
        boolean streamed) {

    private static final List<String> REQUEST_HEADERS = List.of("Accept", "Content-Type", "If-Match",
            "Idempotency-Key");
    private static final List<String> RESPONSE_HEADERS = List.of("Content-Type", "ETag", "Location", "Retry-After");

    static RecordedExchange of(String operationId, String caption, HttpRequest request, String body,
            HttpResponse<String> response) {
        String version = response.version() == HttpClient.Version.HTTP_2 ? "HTTP/2" : "HTTP/1.1";
        String query = request.uri().getRawQuery();
        String authorization = request.headers().firstValue("Authorization").orElse(null);
        List<String> requestLines = new ArrayList<>();
        requestLines.add(request.method() + " " + request.uri().getRawPath() + (query == null ? "" : "?" + query)
                + " " + version);
        if (authorization != null) {
            requestLines.add("Authorization: Bearer <access token>");
        }
        requestLines.addAll(headers(request.headers(), REQUEST_HEADERS));
        HttpStatus status = HttpStatus.resolve(response.statusCode());
        List<String> responseLines = new ArrayList<>();
        responseLines.add(version + " " + response.statusCode()
                + (status == null ? "" : " " + status.getReasonPhrase()));
        responseLines.addAll(headers(response.headers(), RESPONSE_HEADERS));
        String answered = response.headers().firstValue("Content-Type").orElse("");
        return new RecordedExchange(operationId, caption, authorization == null ? null : caller(authorization),
                message(requestLines, ReadableBody.sent(request.headers().firstValue("Content-Type").orElse(""), body)),
                message(responseLines, ReadableBody.answered(answered, response.body())),
                answered.startsWith("text/event-stream"));
    }

    private static List<String> headers(HttpHeaders headers, List<String> shown) {
        return shown.stream().flatMap(name -> headers.firstValue(name).map(value -> name + ": " + value).stream())
                .toList();
    }

    private static String message(List<String> lines, String body) {
        return String.join("\n", lines) + (body.isEmpty() ? "" : "\n\n" + body);
    }

    /** Who the token says called, e.g. "Lucía Quispe (`pe-editor`), editor at Ministry of Foreign Affairs of …". */
    private static String caller(String authorization) {
        String[] jwt = authorization.substring("Bearer ".length()).split("\\.");
        JsonNode claims = EventJson.tree(new String(Base64.getUrlDecoder().decode(jwt[1]), StandardCharsets.UTF_8));
        List<String> roles = claims.path("roles").valueStream().map(JsonNode::asString).toList();
        String organisation = claims.path("org").asString("");
        return claims.path("name").asString() + " (`" + claims.path("sub").asString() + "`)"
                + (roles.isEmpty() ? "" : ", " + String.join(" and ", roles))
                + (organisation.isEmpty() ? "" : " at " + organisation);
    }
}
