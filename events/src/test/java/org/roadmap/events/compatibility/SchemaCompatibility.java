package org.roadmap.events.compatibility;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;

/**
 * Compares the JSON Schema of an event as it was published with the schema the code has now, and
 * names every change a consumer could trip over.
 *
 * <p>The event log is kept forever, so compatibility runs both ways: consumers built on the
 * published schema read new events, and consumers built on the new schema replay old ones. That
 * leaves one kind of change: a new optional field (on an object that allows additional
 * properties). Everything else that affects validation breaks someone:
 * <ul>
 *   <li>a removed field, a field no longer required (old consumers rely on it);</li>
 *   <li>a field made required, a new required field (old events lack it);</li>
 *   <li>a changed type, format, pattern, length, bound or const;</li>
 *   <li>enum values removed (old events carry them) <em>or added</em>: consumers validate data
 *       against the schema they were built with, so the platform's own consumers dead-letter an
 *       unknown value, and an integrator's {@code switch} has no case for it;</li>
 *   <li>{@code additionalProperties} turned false.</li>
 * </ul>
 * Annotations (title, description, examples, default, deprecated, $comment) may change freely.
 * A keyword the checker does not know is compared as a whole, so it errs on the side of "breaking".
 */
public final class SchemaCompatibility {

    private static final Set<String> ANNOTATIONS = Set.of("title", "description", "$comment", "examples", "default",
            "deprecated", "readOnly", "writeOnly");
    /** Handled one by one below; every other keyword is compared as a whole. */
    private static final Set<String> STRUCTURAL = Set.of("type", "format", "enum", "required", "properties",
            "additionalProperties", "items");

    private SchemaCompatibility() {
    }

    /** What changed from {@code published} to {@code current}: breaking changes and compatible additions. */
    public static Changes compare(JsonNode published, JsonNode current) {
        Changes changes = new Changes(new ArrayList<>(), new ArrayList<>());
        compare("", published, current, changes);
        return changes;
    }

    private static void compare(String path, JsonNode published, JsonNode current, Changes changes) {
        compareType(path, published, current, changes);
        compareFormat(path, published, current, changes);
        compareEnum(path, published, current, changes);
        compareOtherKeywords(path, published, current, changes);
        compareProperties(path, published, current, changes);
        compareAdditionalProperties(path, published, current, changes);
        if (published.has("items") || current.has("items")) {
            compareSubschema(path + "[]", published.path("items"), current.path("items"), "items", path, changes);
        }
    }

    private static void compareType(String path, JsonNode published, JsonNode current, Changes changes) {
        Set<String> before = types(published);
        Set<String> after = types(current);
        if (!before.equals(after)) {
            changes.breaking(subject(path) + " changed type from " + describe(before) + " to " + describe(after));
        }
    }

    private static void compareFormat(String path, JsonNode published, JsonNode current, Changes changes) {
        String before = published.path("format").asString(null);
        String after = current.path("format").asString(null);
        if (before == null && after != null) {
            changes.breaking(subject(path) + " gained format " + after);
        } else if (before != null && after == null) {
            changes.breaking(subject(path) + " lost format " + before);
        } else if (before != null && !before.equals(after)) {
            changes.breaking(subject(path) + " changed format from " + before + " to " + after);
        }
    }

    private static void compareEnum(String path, JsonNode published, JsonNode current, Changes changes) {
        if (!published.has("enum") && !current.has("enum")) {
            return;
        }
        if (!published.has("enum")) {
            changes.breaking(subject(path) + " became restricted to the values " + values(current.get("enum")));
            return;
        }
        if (!current.has("enum")) {
            changes.breaking(subject(path) + " is no longer restricted to the values " + values(published.get("enum")));
            return;
        }
        Set<String> before = values(published.get("enum"));
        Set<String> after = values(current.get("enum"));
        Set<String> removed = new TreeSet<>(before);
        removed.removeAll(after);
        Set<String> added = new TreeSet<>(after);
        added.removeAll(before);
        if (!removed.isEmpty()) {
            changes.breaking(subject(path) + " lost enum value(s) " + removed + " that published events carry");
        }
        if (!added.isEmpty()) {
            changes.breaking(subject(path) + " gained enum value(s) " + added
                    + ", which consumers of the published version reject (add a new optional field instead)");
        }
    }

    private static void compareOtherKeywords(String path, JsonNode published, JsonNode current, Changes changes) {
        Set<String> keywords = new TreeSet<>(published.propertyNames());
        keywords.addAll(current.propertyNames());
        for (String keyword : keywords) {
            if (ANNOTATIONS.contains(keyword) || STRUCTURAL.contains(keyword)) {
                continue;
            }
            JsonNode before = published.get(keyword);
            JsonNode after = current.get(keyword);
            if (before == null) {
                changes.breaking(subject(path) + " gained " + keyword + " " + after);
            } else if (after == null) {
                changes.breaking(subject(path) + " lost " + keyword + " " + before);
            } else if (!before.equals(after)) {
                changes.breaking(subject(path) + " changed " + keyword + " from " + before + " to " + after);
            }
        }
    }

    private static void compareProperties(String path, JsonNode published, JsonNode current, Changes changes) {
        Set<String> requiredBefore = values(published.path("required"));
        Set<String> requiredAfter = values(current.path("required"));
        Set<String> names = new LinkedHashSet<>(published.path("properties").propertyNames());
        names.addAll(current.path("properties").propertyNames());
        names.addAll(requiredBefore);
        names.addAll(requiredAfter);
        for (String name : names) {
            String field = path.isEmpty() ? name : path + "." + name;
            boolean existed = published.path("properties").has(name);
            boolean exists = current.path("properties").has(name);
            if (existed && !exists) {
                changes.breaking("field '" + field + "' was removed");
                continue;
            }
            if (!existed && exists) {
                if (requiredAfter.contains(name)) {
                    changes.breaking("new field '" + field + "' is required; published events lack it (make it optional)");
                } else if (allowsNoOtherProperties(published)) {
                    changes.breaking("new field '" + field + "' on an object whose published schema forbids "
                            + "additional properties");
                } else {
                    changes.compatible("new optional field '" + field + "'");
                }
                continue;
            }
            if (requiredBefore.contains(name) && !requiredAfter.contains(name)) {
                changes.breaking("field '" + field + "' is no longer required; consumers rely on it");
            } else if (!requiredBefore.contains(name) && requiredAfter.contains(name)) {
                changes.breaking("field '" + field + "' became required; published events may lack it");
            }
            if (existed) {
                compare(field, published.path("properties").get(name), current.path("properties").get(name), changes);
            }
        }
    }

    private static void compareAdditionalProperties(String path, JsonNode published, JsonNode current,
            Changes changes) {
        // absent means any additional property is allowed
        JsonNode before = published.path("additionalProperties");
        JsonNode after = current.path("additionalProperties");
        String allowedBefore = before.isMissingNode() ? "true" : before.toString();
        String allowedAfter = after.isMissingNode() ? "true" : after.toString();
        if (before.isObject() && after.isObject()) {
            compare(path + ".*", before, after, changes);
        } else if (allowedAfter.equals("false") && !allowedBefore.equals("false")) {
            changes.breaking(subject(path) + " turned additionalProperties false; published events may carry "
                    + "other fields");
        } else if (!allowedBefore.equals(allowedAfter)) {
            changes.breaking(subject(path) + " changed additionalProperties from " + allowedBefore + " to " + allowedAfter);
        }
    }

    private static void compareSubschema(String path, JsonNode published, JsonNode current, String keyword,
            String owner, Changes changes) {
        if (published.isMissingNode() || current.isMissingNode()) {
            changes.breaking(subject(owner) + (published.isMissingNode() ? " gained " : " lost ") + keyword);
        } else {
            compare(path, published, current, changes);
        }
    }

    private static boolean allowsNoOtherProperties(JsonNode schema) {
        JsonNode additional = schema.get("additionalProperties");
        return additional != null && additional.isBoolean() && !additional.asBoolean();
    }

    private static Set<String> types(JsonNode schema) {
        JsonNode type = schema.get("type");
        if (type == null) {
            return Set.of();
        }
        return type.isArray() ? values(type) : Set.of(type.asString());
    }

    private static Set<String> values(JsonNode array) {
        Set<String> values = new TreeSet<>();
        array.forEach(value -> values.add(value.isString() ? value.asString() : value.toString()));
        return values;
    }

    private static String describe(Set<String> types) {
        return types.isEmpty() ? "any" : String.join("|", types);
    }

    private static String subject(String path) {
        return path.isEmpty() ? "the event data" : "field '" + path + "'";
    }

    /** Changes found, in the order of the schema; each names the field. */
    public record Changes(List<String> breaking, List<String> compatible) {

        void breaking(String change) {
            breaking.add(change);
        }

        void compatible(String change) {
            compatible.add(change);
        }

        public boolean isBreaking() {
            return !breaking.isEmpty();
        }
    }
}
