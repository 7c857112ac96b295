package org.roadmap.platform.test.fuzz;

import static org.roadmap.platform.test.fuzz.DataMutations.pick;
import static org.roadmap.platform.test.fuzz.FuzzedRecord.Outcome.DEAD_LETTERED;
import static org.roadmap.platform.test.fuzz.FuzzedRecord.Outcome.PROCESSED;
import static org.roadmap.platform.test.fuzz.FuzzedRecord.Outcome.SKIPPED;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.roadmap.events.EventJson;
import org.roadmap.events.EventType;
import org.roadmap.events.Sources;
import org.roadmap.events.Topics;
import org.roadmap.platform.test.fuzz.FuzzedRecord.Outcome;

import tools.jackson.databind.node.ObjectNode;

/**
 * Mutations of what carries the data: the CloudEvents headers, the record's value as bytes, its key.
 * Outcomes follow the envelope of the contract (README "Event topics", {@code EventEnvelope}) and
 * ADR 3; where the contract says nothing, what the consumers do, as noted at each.
 */
final class EnvelopeMutations {

    private final String topic;
    private final WellFormedEvents events;

    EnvelopeMutations(String topic, WellFormedEvents events) {
        this.topic = topic;
        this.events = events;
    }

    List<Mutation> of(EventType type) {
        List<Mutation> mutations = new ArrayList<>();
        mutations.add(headers(type, "ce_id missing", DEAD_LETTERED, (h, n, r) -> h.remove("ce_id")));
        mutations.add(headers(type, "ce_id empty", DEAD_LETTERED, (h, n, r) -> replace(h, "ce_id", "")));
        mutations.add(headers(type, "ce_id without a value", DEAD_LETTERED, (h, n, r) -> replaceRaw(h, "ce_id", null)));
        // an id is any non-empty string (CloudEvents); ours happen to be UUIDs
        mutations.add(headers(type, "ce_id not a UUID", PROCESSED,
                (h, n, r) -> replace(h, "ce_id", pick(r, List.of("event-", "42-", "évènement-日本-")) + n)));
        // ADR 3: consumers skip types they do not know
        mutations.add(headers(type, "ce_type unknown", SKIPPED, (h, n, r) -> replace(h, "ce_type", pick(r, List.of(
                "org.roadmap.commitment.renamed.v9", "com.example.other.v1", type.type().toUpperCase(Locale.ROOT),
                type.type() + " ", type.type().replace(".v1", ".v2"))))));
        mutations.add(headers(type, "ce_type empty", DEAD_LETTERED, (h, n, r) -> replace(h, "ce_type", "")));
        mutations.add(headers(type, "ce_type missing", DEAD_LETTERED, (h, n, r) -> h.remove("ce_type")));
        mutations.add(headers(type, "ce_specversion missing", DEAD_LETTERED, (h, n, r) -> h.remove("ce_specversion")));
        mutations.add(headers(type, "ce_specversion wrong", DEAD_LETTERED,
                (h, n, r) -> replace(h, "ce_specversion", pick(r, List.of("2.0", "1", "", "1.0 ", "v1.0")))));
        mutations.add(headers(type, "ce_source missing", DEAD_LETTERED, (h, n, r) -> h.remove("ce_source")));
        mutations.add(headers(type, "ce_source not a URI reference", DEAD_LETTERED,
                (h, n, r) -> replace(h, "ce_source", pick(r, List.of("not a uri", "http://[::1", "%zz")))));
        // only the topic's owner writes it: anything else is forged, however well-formed
        String owner = Topics.owner(topic).orElseThrow();
        List<String> foreign = List.of(Sources.COMMITMENTS_SERVICE, Sources.MEETINGS_SERVICE,
                Sources.NOTIFICATIONS_SERVICE, owner + "/", "/roadmap/event-fuzzer").stream()
                .filter(source -> !source.equals(owner)).toList();
        mutations.add(headers(type, "ce_source not the topic's owner", DEAD_LETTERED,
                (h, n, r) -> replace(h, "ce_source", pick(r, foreign))));
        mutations.add(headers(type, "ce_subject missing", DEAD_LETTERED, (h, n, r) -> h.remove("ce_subject")));
        mutations.add(headers(type, "ce_subject empty", DEAD_LETTERED, (h, n, r) -> replace(h, "ce_subject", "")));
        mutations.add(headers(type, "ce_time missing", DEAD_LETTERED, (h, n, r) -> h.remove("ce_time")));
        mutations.add(headers(type, "ce_time invalid", DEAD_LETTERED, (h, n, r) -> replace(h, "ce_time",
                pick(r, List.of("yesterday", "2025-02-30T10:00:00Z", "1700000000", "2025-10-01 00:00:00")))));
        // ce_dataschema is informative: the type names the schema the data is checked against
        mutations.add(headers(type, "ce_dataschema missing", PROCESSED, (h, n, r) -> h.remove("ce_dataschema")));
        // consumers read binary-mode data as JSON and check it against the type's schema, whatever it is labelled
        mutations.add(headers(type, "content-type missing", PROCESSED, (h, n, r) -> h.remove("content-type")));
        mutations.add(headers(type, "content-type other than application/json", PROCESSED, (h, n, r) -> replace(h, "content-type",
                pick(r, List.of("text/plain", "application/xml", "application/json; charset=utf-8", "")))));
        // a CloudEvents content type means structured mode: the value would have to be the whole event
        mutations.add(headers(type, "content-type of structured mode", DEAD_LETTERED, (h, n, r) -> replace(h,
                "content-type", pick(r, List.of("application/cloudevents+json", "application/cloudevents-batch+json")))));
        mutations.add(headers(type, "CloudEvents header repeated", PROCESSED, (h, n, r) -> {
            String name = pick(r, List.of("ce_id", "ce_type", "ce_source", "ce_subject", "ce_time", "ce_specversion",
                    "content-type"));
            h.add(name, h.lastHeader(name).value());
        }));
        mutations.add(headers(type, "extension and foreign headers", PROCESSED, (h, n, r) -> {
            h.add("ce_partitionkey", bytes("p-" + n));
            h.add("ce_comexampleextension", bytes(pick(r, List.of("", "\u0000", "日本", "x".repeat(10_000)))));
            h.add("traceparent", bytes(pick(r, List.of("garbage", "00-00000000000000000000000000000000-0000000000000000-00"))));
            h.add("x-vendor", new byte[] {(byte) 0xff, 0, (byte) 0xfe});
        }));
        mutations.addAll(values(type));
        mutations.addAll(keys(type));
        return mutations;
    }

    private List<Mutation> values(EventType type) {
        List<Mutation> mutations = new ArrayList<>();
        mutations.add(value(type, "empty value", DEAD_LETTERED, (data, r) -> new byte[0]));
        mutations.add(value(type, "no value (tombstone)", DEAD_LETTERED, (data, r) -> null));
        mutations.add(value(type, "truncated data", DEAD_LETTERED,
                (data, r) -> bytes(data.substring(0, 1 + r.nextInt(data.length() - 1)))));
        mutations.add(value(type, "data that is not JSON", DEAD_LETTERED, (data, r) -> bytes(pick(r, List.of(
                "\u0000garbage", "<event/>", "{'single': 'quotes'}", "\uFEFF" + data, data + data, data + "xyz", "NaN")))));
        mutations.add(value(type, "data that is not a JSON object", DEAD_LETTERED, (data, r) -> bytes(pick(r, List.of(
                "[" + data + "]", EventJson.write(data), "42", "null", "true")))));
        // the contract's data is UTF-8 JSON; the same text in Latin-1 is not
        mutations.add(new Mutation("data not in UTF-8", (n, random) -> {
            ObjectNode data = events.data(type, n);
            String field = data.propertyStream().filter(p -> p.getValue().isString()).map(java.util.Map.Entry::getKey)
                    .filter(name -> !name.equals("reference") && !name.equals("seriesId")).findFirst().orElseThrow();
            data.put(field, data.get(field).asString() + " Perú y Japón");
            ProducerRecord<String, byte[]> base = events.record(topic, type, n, EventJson.write(data), random);
            return fuzzed(type, "data not in UTF-8", DEAD_LETTERED, new ProducerRecord<>(topic, null, base.key(),
                    EventJson.write(data).getBytes(StandardCharsets.ISO_8859_1), base.headers()));
        }));
        return mutations;
    }

    /** The contract keys a record by its aggregate id for ordering; consumers read the subject, not the key. */
    private List<Mutation> keys(EventType type) {
        List<Mutation> mutations = new ArrayList<>();
        mutations.add(key(type, "key null", (subject, r) -> null));
        mutations.add(key(type, "key empty", (subject, r) -> ""));
        mutations.add(key(type, "key of 100 kB", (subject, r) -> subject + "-" + DataMutations.huge(r)));
        mutations.add(key(type, "key other than the aggregate id", (subject, r) -> "other-" + subject));
        return mutations;
    }

    interface HeaderChange {
        void apply(Headers headers, int n, Random random);
    }

    interface ValueChange {
        byte[] apply(String data, Random random);
    }

    interface KeyChange {
        String apply(String subject, Random random);
    }

    private Mutation headers(EventType type, String kind, Outcome outcome, HeaderChange change) {
        return new Mutation(kind, (n, random) -> {
            ProducerRecord<String, byte[]> base = wellFormed(type, n, random);
            Headers headers = copy(base.headers());
            change.apply(headers, n, random);
            return fuzzed(type, kind, outcome, new ProducerRecord<>(topic, null, base.key(), base.value(), headers));
        });
    }

    private Mutation value(EventType type, String kind, Outcome outcome, ValueChange change) {
        return new Mutation(kind, (n, random) -> {
            ProducerRecord<String, byte[]> base = wellFormed(type, n, random);
            byte[] value = change.apply(new String(base.value(), StandardCharsets.UTF_8), random);
            return fuzzed(type, kind, outcome, new ProducerRecord<>(topic, null, base.key(), value, base.headers()));
        });
    }

    private Mutation key(EventType type, String kind, KeyChange change) {
        return new Mutation(kind, (n, random) -> {
            ProducerRecord<String, byte[]> base = wellFormed(type, n, random);
            return fuzzed(type, kind, PROCESSED, new ProducerRecord<>(topic, null, change.apply(base.key(), random),
                    base.value(), base.headers()));
        });
    }

    private ProducerRecord<String, byte[]> wellFormed(EventType type, int n, Random random) {
        return events.record(topic, type, n, EventJson.write(events.data(type, n)), random);
    }

    private static FuzzedRecord fuzzed(EventType type, String kind, Outcome outcome, ProducerRecord<String, byte[]> record) {
        return new FuzzedRecord(type.shortName() + " " + kind, outcome, record);
    }

    private static Headers copy(Headers headers) {
        RecordHeaders copy = new RecordHeaders();
        headers.forEach(header -> copy.add(header.key(), header.value()));
        return copy;
    }

    private static void replace(Headers headers, String name, String value) {
        replaceRaw(headers, name, bytes(value));
    }

    private static void replaceRaw(Headers headers, String name, byte[] value) {
        headers.remove(name);
        headers.add(name, value);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
