package org.roadmap.platform.test.fuzz;

import static org.roadmap.platform.test.fuzz.FuzzedRecord.Outcome.DEAD_LETTERED;
import static org.roadmap.platform.test.fuzz.FuzzedRecord.Outcome.PROCESSED;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Predicate;

import org.roadmap.events.EventJson;
import org.roadmap.events.EventSchemas;
import org.roadmap.events.EventType;
import org.roadmap.platform.test.fuzz.FuzzedRecord.Outcome;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Mutations of an event's data, field by field as its JSON Schema describes them. The outcome of
 * each follows from the schema: what it refuses is dead-lettered, what it accepts is processed,
 * unknown fields included (ADR 3: consumers ignore them).
 */
final class DataMutations {

    static final int HUGE = 100 * 1024;
    /** Beyond every list limit of the contract ({@code ListLimits}). */
    static final int LONG_LIST = 1_000;
    /** Beyond any JSON parser's nesting limit; {@link #DEEP_BUT_READABLE} is well within it. */
    private static final int TOO_DEEP = 100_000;
    private static final int DEEP_BUT_READABLE = 200;

    private static final List<String> UNICODE = List.of("\u0000", "nul\u0000inside", "\u0001\u0007\u001b[31mred",
            "\u202Eevil\u202C", "\uFEFFbom", "𠮷野家🍣", "Perú–Japón 日本語", "e\u0301\u0301\u0301", "\r\nSet-Cookie: a=b",
            "line\u2028separator\u2029", "\uFFFF", "<script>alert(1)</script>", "{\"$gt\": \"\"}");
    private static final List<String> NOT_DATES = List.of("2025-02-30", "2025-13-01", "17/11/2025", "", "20251117",
            "2025-11-17T10:00:00Z", "1700000000", "yesterday");
    private static final List<String> NOT_DATE_TIMES = List.of("2025-02-30T10:00:00Z", "2025-09-16T25:61:00Z",
            "2025-09-16", "2025-09-16T01:00:00", "", "1700000000", "+999999999-12-31T23:59:59Z", "now");
    private static final List<String> NOT_TIME_ZONES = List.of("Mars/Olympus_Mons", "asia/tokyo",
            "GMT+25", "../../etc/localtime", "Asia/Tokyo\u0000");
    private static final List<String> NOT_UUIDS = List.of("not-a-uuid", "6f1c2a9e-zzzz-4c55-9a43-3a1f0d2e7b10", "42",
            "{{id}}");
    private static final Map<String, String> WRONG_TYPES = Map.of("string", "\"7\"", "integer", "7", "number", "7.5",
            "boolean", "true", "array", "[\"7\"]", "object", "{\"value\": 7}");
    private static final List<String> UNKNOWN_NAMES = List.of("addedInAMinorVersion", "x-vendor", "$where",
            "__proto__", "a.b", "日本語", "");
    private static final List<String> UNKNOWN_VALUES = List.of("null", "true", "-1.5e300", "\"text\"", "[]",
            "[{\"a\": [null, {}]}]", "{\"nested\": {\"deeper\": [1, \"two\", false]}}");

    private final String topic;
    private final WellFormedEvents events;
    /** The consumer's own checks of a string, by event type and field pointer ({@link EventFuzzer#storingAtMost}). */
    private final Map<String, Predicate<String>> consumerChecks;
    /** The most items the consumer keeps of a list, by event type and pointer ({@link EventFuzzer#keepingAtMost}). */
    private final Map<String, Integer> listLimits;

    DataMutations(String topic, WellFormedEvents events, Map<String, Predicate<String>> consumerChecks,
            Map<String, Integer> listLimits) {
        this.topic = topic;
        this.events = events;
        this.consumerChecks = Map.copyOf(consumerChecks);
        this.listLimits = Map.copyOf(listLimits);
    }

    List<Mutation> of(EventType type) {
        ObjectNode sample = events.data(type, 0);
        List<Mutation> mutations = new ArrayList<>();
        for (SchemaField field : SchemaField.of(EventJson.tree(EventSchemas.schemaText(type)), sample)) {
            mutations.addAll(of(type, field, sample));
        }
        mutations.addAll(unknownFields(type, sample));
        return mutations;
    }

    private List<Mutation> of(EventType type, SchemaField field, ObjectNode sample) {
        List<Mutation> mutations = new ArrayList<>();
        if (field.isProperty() && at(sample, field.path()) != null) {
            mutations.add(new Mutation(field.required() ? "required field removed" : "optional field removed",
                    (n, random) -> removed(type, field, n, random)));
        }
        mutations.add(setTo(type, field, "field set to null", random -> "null",
                field.allows("null") ? PROCESSED : DEAD_LETTERED));
        List<String> wrongTypes = WRONG_TYPES.entrySet().stream().filter(wrong -> !field.allows(wrong.getKey()))
                .map(Map.Entry::getValue).sorted().toList();
        if (!wrongTypes.isEmpty()) {
            // a field whose schema allows any JSON type has none
            mutations.add(setTo(type, field, "field of the wrong JSON type", random -> pick(random, wrongTypes),
                    DEAD_LETTERED));
        }
        mutations.add(text(type, field, "100 kB string", DataMutations::huge));
        if (at(sample, field.path()) instanceof ArrayNode items && !items.isEmpty()) {
            mutations.add(longList(type, field));
        }
        mutations.add(text(type, field, "unicode and control characters", random -> pick(random, UNICODE)));
        mutations.add(setTo(type, field, "nested beyond the parser's limit", random -> nested(TOO_DEEP), DEAD_LETTERED));
        if (field.isEnum()) {
            mutations.add(text(type, field, "invalid enum value", random -> pick(random, List.of("", "unknown",
                    field.schema().get("enum").get(0).asString().toUpperCase(java.util.Locale.ROOT),
                    field.schema().get("enum").get(0).asString() + " "))));
        }
        if (field.format().equals("date") || field.format().equals("date-time")) {
            List<String> invalid = field.format().equals("date") ? NOT_DATES : NOT_DATE_TIMES;
            mutations.add(text(type, field, "invalid " + field.format(), random -> pick(random, invalid)));
        }
        if (field.isTimeZone()) {
            mutations.add(text(type, field, "unknown time zone", random -> pick(random, NOT_TIME_ZONES)));
        }
        if ((field.name().endsWith("Id") || field.name().endsWith("Ids")) && field.isFreeText()) {
            mutations.add(text(type, field, "id that is not a UUID", random -> pick(random, NOT_UUIDS)));
        }
        return mutations;
    }

    /** Fields a newer producer may add: ignored (ADR 3), however odd their names, values or depth. */
    private List<Mutation> unknownFields(EventType type, ObjectNode sample) {
        List<Mutation> mutations = new ArrayList<>();
        mutations.add(new Mutation("unknown field", (n, random) -> {
            String name = pick(random, UNKNOWN_NAMES);
            String value = pick(random, UNKNOWN_VALUES);
            return withRaw(type, n, random, List.of(name), value, "unknown field \"" + name + "\": " + value, PROCESSED);
        }));
        for (SchemaField field : SchemaField.of(EventJson.tree(EventSchemas.schemaText(type)), sample)) {
            if (at(sample, field.path()) instanceof ObjectNode && !field.schema().path("additionalProperties").isBoolean()) {
                List<Object> path = new ArrayList<>(field.path());
                path.add("addedInAMinorVersion");
                mutations.add(new Mutation("unknown field in a nested object", (n, random) -> withRaw(type, n, random,
                        path, pick(random, UNKNOWN_VALUES), "unknown field " + pointer(path), PROCESSED)));
            }
        }
        mutations.add(new Mutation("unknown field nested " + DEEP_BUT_READABLE + " deep", (n, random) -> withRaw(type,
                n, random, List.of("addedInAMinorVersion"), nested(DEEP_BUT_READABLE),
                "unknown field nested " + DEEP_BUT_READABLE + " deep", PROCESSED)));
        // the contract ignores unknown fields, but no reader parses data nested this deep: refused, not ignored
        mutations.add(new Mutation("unknown field nested beyond the parser's limit", (n, random) -> withRaw(type, n,
                random, List.of("addedInAMinorVersion"), nested(TOO_DEEP), "unknown field nested " + TOO_DEEP + " deep",
                DEAD_LETTERED)));
        return mutations;
    }

    private Mutation text(EventType type, SchemaField field, String kind, Function<Random, String> value) {
        return new Mutation(kind, (n, random) -> {
            String text = value.apply(random);
            String shown = text.length() > 60 ? text.length() + " characters" : EventJson.write(text);
            boolean accepted = field.accepts(text)
                    && consumerChecks.getOrDefault(type.shortName() + field.pointer(), any -> true).test(text);
            return withRaw(type, n, random, field.path(), EventJson.write(text),
                    field.pointer() + " " + kind + ": " + shown, accepted ? PROCESSED : DEAD_LETTERED);
        });
    }

    /** The list made of {@link #LONG_LIST} copies of its first item: a consumer keeping it refuses it. */
    private Mutation longList(EventType type, SchemaField field) {
        return new Mutation("list of " + LONG_LIST + " items", (n, random) -> {
            ObjectNode data = events.data(type, n);
            ArrayNode list = (ArrayNode) at(data, field.path());
            JsonNode first = list.get(0);
            for (int i = list.size(); i < LONG_LIST; i++) {
                list.add(first.deepCopy());
            }
            boolean accepted = listLimits.getOrDefault(type.shortName() + field.pointer(), LONG_LIST) >= LONG_LIST;
            return record(type, n, random, EventJson.write(data), field.pointer() + " of " + LONG_LIST + " items",
                    accepted ? PROCESSED : DEAD_LETTERED);
        });
    }

    private Mutation setTo(EventType type, SchemaField field, String kind, Function<Random, String> raw, Outcome outcome) {
        return new Mutation(kind, (n, random) -> {
            String value = raw.apply(random);
            return withRaw(type, n, random, field.path(), value,
                    field.pointer() + " " + kind + (value.length() > 60 ? "" : ": " + value), outcome);
        });
    }

    private FuzzedRecord removed(EventType type, SchemaField field, int n, Random random) {
        ObjectNode data = events.data(type, n);
        JsonNode parent = at(data, field.path().subList(0, field.path().size() - 1));
        ((ObjectNode) parent).remove(field.name());
        return record(type, n, random, EventJson.write(data), field.pointer() + " removed",
                field.required() ? DEAD_LETTERED : PROCESSED);
    }

    /** The {@code n}-th event with the value at {@code path} replaced by raw JSON text (which may be no valid tree). */
    private FuzzedRecord withRaw(EventType type, int n, Random random, List<Object> path, String rawJson,
            String description, Outcome outcome) {
        ObjectNode data = events.data(type, n);
        String placeholder = "fuzz-placeholder-" + n;
        JsonNode parent = at(data, path.subList(0, path.size() - 1));
        Object last = path.get(path.size() - 1);
        if (parent instanceof ObjectNode object) {
            object.put((String) last, placeholder);
        } else {
            ((ArrayNode) parent).set((Integer) last, data.stringNode(placeholder));
        }
        String text = EventJson.write(data).replace("\"" + placeholder + "\"", rawJson);
        return record(type, n, random, text, description, outcome);
    }

    private FuzzedRecord record(EventType type, int n, Random random, String data, String description, Outcome outcome) {
        return new FuzzedRecord(type.shortName() + " " + description, outcome,
                events.record(topic, type, n, data, random));
    }

    private static JsonNode at(JsonNode root, List<Object> path) {
        JsonNode node = root;
        for (Object segment : path) {
            node = segment instanceof Integer index ? node.get(index) : node.get((String) segment);
            if (node == null) {
                return null;
            }
        }
        return node;
    }

    private static String pointer(List<Object> path) {
        StringBuilder pointer = new StringBuilder();
        path.forEach(segment -> pointer.append('/').append(segment));
        return pointer.toString();
    }

    static String huge(Random random) {
        String unit = pick(random, List.of("x", "日本", "🍣", "a\u0000"));
        return unit.repeat(HUGE / unit.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
    }

    private static String nested(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
