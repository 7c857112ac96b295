package org.roadmap.platform.test.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.roadmap.events.EventJson;

import tools.jackson.databind.JsonNode;

/** Reads the operations out of an OpenAPI 3 document, e.g. a service's {@code /v3/api-docs}. */
final class OpenApiDocument {

    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    private final JsonNode root;

    OpenApiDocument(String json) {
        this.root = EventJson.tree(json);
    }

    List<ApiOperation> operations() {
        List<ApiOperation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : root.path("paths").properties()) {
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                // a live stream never ends, so it is no place for thousands of requests
                if (operation != null && !operation.path("responses").toString().contains("text/event-stream")) {
                    operations.add(operation(method.toUpperCase(), path.getKey(), path.getValue(), operation));
                }
            }
        }
        return operations;
    }

    private ApiOperation operation(String method, String path, JsonNode pathItem, JsonNode operation) {
        List<ApiOperation.Parameter> parameters = new ArrayList<>();
        for (JsonNode list : List.of(pathItem.path("parameters"), operation.path("parameters"))) {
            for (JsonNode parameter : list) {
                JsonNode resolved = resolve(parameter);
                parameters.add(new ApiOperation.Parameter(resolved.path("name").asString(),
                        resolved.path("in").asString(), resolve(resolved.path("schema"))));
            }
        }
        String bodyType = null;
        JsonNode body = null;
        JsonNode content = resolve(operation.path("requestBody")).path("content");
        for (Map.Entry<String, JsonNode> type : content.properties()) {
            bodyType = type.getKey();
            body = resolve(type.getValue().path("schema"));
            if (type.getKey().contains("json")) {
                break;
            }
        }
        return new ApiOperation(method, path, parameters, bodyType, body);
    }

    /** Follows a local {@code $ref}, e.g. {@code #/components/schemas/NewCommitment}. */
    JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; hops < 8 && current != null && current.has("$ref"); hops++) {
            current = root.at(current.get("$ref").asString().substring(1));
        }
        return current;
    }
}
