package org.roadmap.platform.test.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import tools.jackson.databind.JsonNode;

/**
 * A field of an event's data, found by walking its JSON Schema alongside its golden sample, with
 * what the schema demands of it. Array fields are entered at their first item.
 *
 * @param path     property names and array indexes from the data's root
 * @param schema   the (sub)schema governing the value
 * @param required whether the enclosing object's schema requires it (array items: false)
 */
record SchemaField(List<Object> path, JsonNode schema, boolean required) {

    /** Every field the schema describes, including optional ones absent from the sample. */
    static List<SchemaField> of(JsonNode schema, JsonNode sample) {
        List<SchemaField> fields = new ArrayList<>();
        collect(schema, schema, sample, List.of(), fields);
        return fields;
    }

    private static void collect(JsonNode root, JsonNode schema, JsonNode value, List<Object> path,
            List<SchemaField> fields) {
        List<String> required = StreamSupport.stream(schema.path("required").spliterator(), false)
                .map(JsonNode::asString).toList();
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            List<Object> at = append(path, property.getKey());
            JsonNode governing = resolved(root, property.getValue());
            fields.add(new SchemaField(at, governing, required.contains(property.getKey())));
            descend(root, governing, value == null ? null : value.get(property.getKey()), at, fields);
        }
    }

    private static void descend(JsonNode root, JsonNode schema, JsonNode value, List<Object> path,
            List<SchemaField> fields) {
        if (value == null) {
            return;
        }
        if (value.isObject() && schema.has("properties")) {
            collect(root, schema, value, path, fields);
        } else if (value.isArray() && !value.isEmpty() && schema.has("items")) {
            List<Object> first = append(path, 0);
            JsonNode items = resolved(root, schema.get("items"));
            fields.add(new SchemaField(first, items, false));
            descend(root, items, value.get(0), first, fields);
        }
    }

    /** The subschema a local {@code $ref} ({@code #/$defs/place}) names, else the subschema itself. */
    private static JsonNode resolved(JsonNode root, JsonNode schema) {
        String ref = schema.path("$ref").asString("");
        if (!ref.startsWith("#/")) {
            return schema;
        }
        JsonNode target = root.at(ref.substring(1));
        if (target.isMissingNode()) {
            throw new IllegalArgumentException("The schema's $ref " + ref + " names nothing in it");
        }
        return resolved(root, target);
    }

    private static List<Object> append(List<Object> path, Object segment) {
        List<Object> longer = new ArrayList<>(path);
        longer.add(segment);
        return List.copyOf(longer);
    }

    /** JSON Pointer of the field, e.g. {@code /venue/timeZone}. */
    String pointer() {
        StringBuilder pointer = new StringBuilder();
        path.forEach(segment -> pointer.append('/').append(segment));
        return pointer.toString();
    }

    String name() {
        Object last = path.get(path.size() - 1);
        return last instanceof Integer ? String.valueOf(path.get(path.size() - 2)) : (String) last;
    }

    /** A property of an object, which can be removed (an array item cannot, here). */
    boolean isProperty() {
        return path.get(path.size() - 1) instanceof String;
    }

    boolean allows(String jsonType) {
        JsonNode type = schema.get("type");
        if (type == null) {
            return true;
        }
        if (type.isArray()) {
            return StreamSupport.stream(type.spliterator(), false).anyMatch(t -> allowed(t.asString(), jsonType));
        }
        return allowed(type.asString(), jsonType);
    }

    private static boolean allowed(String declared, String actual) {
        return declared.equals(actual) || (declared.equals("number") && actual.equals("integer"));
    }

    boolean isEnum() {
        return schema.has("enum");
    }

    /** The {@code format} the schema names ({@code date}, {@code date-time}, {@code uri}), or empty. */
    String format() {
        return schema.path("format").asString("");
    }

    /** Whether a string field accepts any text (no enum, pattern or format): where content is free. */
    boolean isFreeText() {
        return allows("string") && !isEnum() && !schema.has("pattern") && format().isEmpty();
    }

    /** A {@code timeZone} field: the contract's hold IANA ids, which no keyword of their schemas spells out. */
    boolean isTimeZone() {
        return name().equals("timeZone") && allows("string");
    }

    /** Whether the schema accepts {@code value} as this field's string, by the keywords our schemas use. */
    boolean accepts(String value) {
        if (!allows("string")) {
            return false;
        }
        if (isEnum()) {
            return StreamSupport.stream(schema.get("enum").spliterator(), false).anyMatch(v -> v.asString().equals(value));
        }
        int length = value.codePointCount(0, value.length());
        if (length < schema.path("minLength").asInt(0) || length > schema.path("maxLength").asInt(Integer.MAX_VALUE)) {
            return false;
        }
        if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asString()).matcher(value).find()) {
            return false;
        }
        // what a mutation puts into a field with a format (date, date-time, uri) is never of that format
        return format().isEmpty();
    }
}
