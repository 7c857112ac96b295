package org.roadmap.deploy.crd;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A CRD's structural schema with every object that lists its properties closed
 * ({@code additionalProperties: false}): the API server prunes an unknown field without a word, so a
 * misspelt one would silently do nothing. Objects the CRD leaves open on purpose
 * ({@code x-kubernetes-preserve-unknown-fields}, maps) stay open; {@code metadata} stays as it is.
 */
final class ClosedSchema {

    private ClosedSchema() {
    }

    static JsonNode of(JsonNode openApiSchema) {
        ObjectNode copy = (ObjectNode) openApiSchema.deepCopy();
        close(copy);
        return copy;
    }

    private static void close(JsonNode node) {
        if (!(node instanceof ObjectNode schema)) {
            return;
        }
        if (schema.has("properties") && !schema.has("additionalProperties")
                && !schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)) {
            schema.put("additionalProperties", false);
        }
        schema.path("properties").forEach(ClosedSchema::close);
        close(schema.path("items"));
        close(schema.path("additionalProperties"));
        for (String combinator : new String[] {"oneOf", "anyOf", "allOf"}) {
            schema.path(combinator).forEach(ClosedSchema::close);
        }
    }
}
