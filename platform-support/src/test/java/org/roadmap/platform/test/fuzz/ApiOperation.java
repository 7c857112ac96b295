package org.roadmap.platform.test.fuzz;

import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * One operation of a service's OpenAPI document, as much of it as a fuzzer needs.
 *
 * @param body the request body's schema with references resolved one level, or {@code null}
 */
record ApiOperation(String method, String path, List<Parameter> parameters, String bodyType, JsonNode body) {

    /** A path or query parameter and its declared schema. */
    record Parameter(String name, String in, JsonNode schema) {
    }

    List<Parameter> in(String location) {
        return parameters.stream().filter(parameter -> parameter.in().equals(location)).toList();
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
