package org.roadmap.platform.test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.roadmap.events.EventJson;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Holds every answer a service's tests receive to the OpenAPI document that service serves: the
 * operation is documented, the status is among its responses, the media type among that response's,
 * and a JSON body is valid against its schema. A status, field or null the document does not admit fails
 * the test that received it, naming the operation.
 */
public final class ApiContract {

    private static final Map<Integer, ApiContract> BY_PORT = new ConcurrentHashMap<>();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private record Operation(String method, String template, Pattern pattern, JsonNode node) {

        JsonNode responses() {
            return node.path("responses");
        }
    }

    private final JsonNode document;
    private final List<Operation> operations = new ArrayList<>();
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    private ApiContract(JsonNode document) {
        this.document = document;
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            if (op.getValue().has("responses")) {
                operations.add(new Operation(op.getKey().toUpperCase(), path.getKey(), Pattern.compile(
                        path.getKey().replaceAll("\\{[^}]+}", "[^/]+").replace(".", "\\.")), op.getValue()));
            }
        }));
        // a literal segment wins over a template one: /series/{id}.ics before /series/{id}
        operations.sort(Comparator.comparingInt((Operation o) -> o.template().split("\\{").length)
                .thenComparing(o -> -o.template().length()));
    }

    /** The contract of the service on {@code port}, read once from its {@code /v3/api-docs}. */
    static ApiContract of(int port) {
        return BY_PORT.computeIfAbsent(port, p -> {
            try {
                HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + p + "/v3/api-docs")).build(), HttpResponse.BodyHandlers.ofString());
                return new ApiContract(EventJson.tree(answer.body()));
            } catch (Exception e) {
                throw new IllegalStateException("No API document at port " + p, e);
            }
        });
    }

    /** The contract {@code document} states. */
    static ApiContract of(JsonNode document) {
        return new ApiContract(document);
    }

    /** @throws AssertionError naming what the document does not admit of {@code response} */
    void check(String method, HttpResponse<String> response) {
        check(method, response.uri().getRawPath(), response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""), response.body());
        checkHeaders(method, response.uri().getRawPath(), response.statusCode(), response.headers().map().keySet());
    }

    /**
     * The headers a client reads of a success, {@code ETag} (for If-Match) and {@code Location}, come exactly
     * where the document lists them: a client generated from it looks for them there.
     *
     * @throws AssertionError naming the header sent but not listed, or listed but not sent
     */
    void checkHeaders(String method, String path, int statusCode, java.util.Collection<String> sent) {
        Optional<Operation> found = path.startsWith("/api/") && statusCode / 100 == 2 ? find(method, path)
                : Optional.empty();
        if (found.isEmpty()) {
            return;
        }
        JsonNode listed = found.get().responses().path(Integer.toString(statusCode)).path("headers");
        for (String header : List.of("ETag", "Location")) {
            boolean isSent = sent.stream().anyMatch(header::equalsIgnoreCase);
            if (isSent != listed.has(header)) {
                throw new AssertionError(method + " " + found.get().template() + " answered " + statusCode
                        + (isSent ? " with " + header + ", which its API document does not list"
                                : " without " + header + ", which its API document lists"));
            }
        }
    }

    /** @throws AssertionError naming what the document does not admit of this answer */
    void check(String method, String path, int statusCode, String contentType, String body) {
        if (!path.startsWith("/api/")) {
            return;
        }
        Optional<Operation> found = find(method, path);
        if (found.isEmpty()) {
            // a method the API does not have is answered 405 (or 404 for no such path): not an operation
            if (statusCode == 405 || statusCode == 404 || statusCode == 401 || statusCode == 400) {
                return;
            }
            throw new AssertionError(method + " " + path + " answered " + statusCode
                    + " but the API document has no such operation");
        }
        Operation operation = found.get();
        String name = method + " " + operation.template();
        String status = Integer.toString(statusCode);
        JsonNode answer = operation.responses().has(status) ? operation.responses().get(status)
                : operation.responses().path("default");
        if (answer.isMissingNode()) {
            throw new AssertionError(name + " answered " + status + ", which its API document does not list (it lists "
                    + operation.responses().propertyNames() + ")");
        }
        if (body == null || body.isEmpty() || status.equals("304")) {
            return;
        }
        String mediaType = contentType.split(";")[0].strip();
        JsonNode content = answer.path("content");
        if (!content.has(mediaType)) {
            throw new AssertionError(name + " answered " + status + " as " + mediaType + ", which its API document does"
                    + " not list for it (it lists " + content.propertyNames() + ")");
        }
        JsonNode schema = content.path(mediaType).path("schema");
        List<String> errors = violations(name + " " + status + " " + mediaType, mediaType, schema, body);
        if (!errors.isEmpty()) {
            throw new AssertionError(name + " answered " + status + " with a body its API document does not admit: "
                    + errors + "\n" + (body.length() > 2000 ? body.substring(0, 2000) + "…" : body));
        }
    }

    /** The id of the operation a request of {@code method} to {@code path} calls, e.g. commitmentGet. */
    Optional<String> operationId(String method, String path) {
        return find(method, path).map(o -> o.node().path("operationId").asString());
    }

    /** @throws AssertionError naming what the document does not admit of this JSON request body */
    void checkRequest(String method, String path, String contentType, String body) {
        Optional<Operation> found = find(method, path);
        if (found.isEmpty() || body == null || body.isEmpty()) {
            return;
        }
        String name = method + " " + found.get().template();
        String mediaType = contentType.split(";")[0].strip();
        JsonNode content = found.get().node().path("requestBody").path("content");
        if (!content.has(mediaType)) {
            throw new AssertionError(name + " was sent a body as " + mediaType + ", which its API document does not"
                    + " list (it lists " + content.propertyNames() + ")");
        }
        List<String> errors = violations(name + " request " + mediaType, mediaType,
                content.path(mediaType).path("schema"), body);
        if (!errors.isEmpty()) {
            throw new AssertionError(name + " was sent a body its API document does not admit: " + errors + "\n"
                    + body);
        }
    }

    private Optional<Operation> find(String method, String path) {
        return operations.stream().filter(o -> o.method().equals(method) && o.pattern().matcher(path).matches())
                .findFirst();
    }

    /** What {@code schema} does not admit of a JSON {@code body}; nothing for other media types. */
    private List<String> violations(String key, String mediaType, JsonNode schema, String body) {
        if (!mediaType.endsWith("json") || schema.isMissingNode()) {
            return List.of();
        }
        return schemaOf(key, schema).validate(body, InputFormat.JSON).stream().map(Object::toString).toList();
    }

    /** A request or response schema as a JSON Schema 2020-12 document, the document's components its {@code $defs}. */
    private Schema schemaOf(String key, JsonNode schema) {
        return schemas.computeIfAbsent(key, k -> {
            ObjectNode root = ((ObjectNode) schema.deepCopy());
            root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            root.set("$defs", document.path("components").path("schemas").deepCopy());
            String text = EventJson.write(root).replace("#/components/schemas/", "#/$defs/");
            return REGISTRY.getSchema(text, InputFormat.JSON);
        });
    }
}
