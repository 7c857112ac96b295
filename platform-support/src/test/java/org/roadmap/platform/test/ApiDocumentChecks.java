package org.roadmap.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * What every service's OpenAPI document must say of every operation, checked on the document the
 * running service serves: no response without a media type a client can read, and the problems the
 * platform answers with their shared schema. Each failure names the operation.
 */
public final class ApiDocumentChecks {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final String PROBLEM = "#/components/schemas/Problem";

    private ApiDocumentChecks() {
    }

    /** @return the operations checked, as {@code METHOD path} */
    public static List<String> assertTruthful(JsonNode document) {
        assertThat(document.path("components").path("schemas").has("Problem")).as("the shared Problem schema").isTrue();
        List<String> checked = new ArrayList<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(entry -> {
            if (!METHODS.contains(entry.getKey())) {
                return;
            }
            String operation = entry.getKey().toUpperCase() + " " + path.getKey();
            JsonNode responses = entry.getValue().path("responses");
            responses.properties().forEach(response -> response.getValue().path("content").properties()
                    .forEach(content -> assertThat(content.getKey())
                            .as("%s answers %s as %s", operation, response.getKey(), content.getKey())
                            .isNotEqualTo("*/*")));
            for (String status : List.of("400", "401", "403", "503")) {
                assertThat(responses.path(status).path("content").path("application/problem+json").path("schema")
                        .path("$ref").asString("")).as("%s documents %s as a problem", operation, status)
                        .isEqualTo(PROBLEM);
            }
            if (path.getKey().contains("{")) {
                assertThat(responses.has("404")).as("%s documents 404", operation).isTrue();
            }
            for (JsonNode parameter : entry.getValue().path("parameters")) {
                if ("If-Match".equalsIgnoreCase(parameter.path("name").asString(""))) {
                    assertThat(responses.path("412").path("headers").has("ETag")).as("%s: 412 says ETag", operation)
                            .isTrue();
                    assertThat(responses.has("428")).as("%s documents 428 where If-Match is required", operation)
                            .isEqualTo(parameter.path("required").asBoolean(false));
                }
            }
            checked.add(operation);
        }));
        assertThat(checked).as("operations in the document").isNotEmpty();
        return checked;
    }
}
