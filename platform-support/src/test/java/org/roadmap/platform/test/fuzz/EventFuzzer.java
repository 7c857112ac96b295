package org.roadmap.platform.test.fuzz;

import static org.roadmap.platform.test.fuzz.DataMutations.pick;
import static org.roadmap.platform.test.fuzz.FuzzedRecord.Outcome.DEAD_LETTERED;
import static org.roadmap.platform.test.fuzz.FuzzedRecord.Outcome.SKIPPED;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Future;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.roadmap.events.EventJson;
import org.roadmap.events.EventType;
import org.roadmap.events.Identifier;
import org.roadmap.events.ListLimits;
import org.roadmap.events.TextLimits;
import org.roadmap.platform.test.EmbeddedInfrastructure;

/**
 * Hostile records for one topic, made from the event contract (golden samples, JSON Schemas, the
 * CloudEvents envelope), each knowing what a consumer must do with it: data and envelopes the
 * contract refuses are dead-lettered, compatible changes (ADR 3: unknown fields, unknown types) are
 * processed or skipped. Random but repeatable: the same seed makes the same records.
 */
public final class EventFuzzer {

    private final String topic;
    private final Set<EventType> handled;
    private final long seed;
    private final Map<String, String> replacements = new LinkedHashMap<>();
    private final Map<String, Predicate<String>> consumerChecks = new LinkedHashMap<>();
    private final Map<String, Integer> listLimits = new LinkedHashMap<>();

    /**
     * @param handled the event types the consumer under test applies; others on its topic it skips
     */
    public EventFuzzer(String topic, Set<EventType> handled, long seed) {
        if (handled.stream().anyMatch(type -> !type.topic().equals(topic))) {
            throw new IllegalArgumentException("Not all of " + handled + " are published on " + topic);
        }
        this.topic = topic;
        this.handled = handled;
        this.seed = seed;
        handled.forEach(this::refusingLongIds);
    }

    /** Every consumer refuses an id longer than any producer makes ({@code KeptFields.ids}), whatever it keeps. */
    private void refusingLongIds(EventType type) {
        for (RecordComponent component : type.dataType().getRecordComponents()) {
            if (component.isAnnotationPresent(Identifier.class)) {
                boolean list = List.class.isAssignableFrom(component.getType());
                storingAtMost(type, "/" + component.getName() + (list ? "/0" : ""), TextLimits.ID);
            }
        }
    }

    /** The seed of {@code -Dfuzz.seed}, the same default as the API fuzzing. */
    public static long seed() {
        return Long.getLong("fuzz.seed", 20241117L);
    }

    /** Records per topic of {@code -Dfuzz.per-topic}: enough for every mutation, quick enough for every build. */
    public static int perTopic() {
        return Integer.getInteger("fuzz.per-topic", 300);
    }

    /**
     * Replaces text in every golden sample before mutating it: e.g. an id the service knows, so that
     * mutations reach past its look-ups, or a name no one follows, so that they alert no one.
     */
    public EventFuzzer replacingInSamples(String target, String replacement) {
        replacements.put(target, replacement);
        return this;
    }

    /**
     * A limit of the consumer's own on a string field the schema leaves open (a published schema is never narrowed,
     * ADR 5): the consumer stores the field in at most {@code characters} and dead-letters an event with a longer
     * one, as its API refuses it. The field by its pointer, array items at their first: {@code "/venues/0/city"}.
     */
    public EventFuzzer storingAtMost(EventType type, String pointer, int characters) {
        return checking(type, pointer, text -> text.codePointCount(0, text.length()) <= characters);
    }

    /**
     * A limit of the consumer's own on a list the schema leaves open: the consumer keeps at most {@code items} of it
     * and dead-letters an event with more, as the producer never sends more ({@code ListLimits}). A list the consumer
     * sets no limit on is applied whatever its length.
     */
    public EventFuzzer keepingAtMost(EventType type, String pointer, int items) {
        listLimits.put(type.shortName() + pointer, items);
        return this;
    }

    /**
     * The consumer keeps the texts and lists of commitment events as commitments-service takes them
     * ({@code KeptFields}): a commitment's title and its entities with their names, a milestone's title. Declared for
     * the types the consumer handles.
     */
    public EventFuzzer keepingCommitmentFields() {
        for (EventType type : List.of(EventType.COMMITMENT_REGISTERED, EventType.COMMITMENT_UPDATED)) {
            storingAtMost(type, "/title", TextLimits.COMMITMENT_TITLE);
            storingAtMost(type, "/responsibleEntities/0/name", TextLimits.ENTITY_NAME);
            keepingAtMost(type, "/responsibleEntities", ListLimits.RESPONSIBLE_ENTITIES);
        }
        storingAtMost(EventType.MILESTONE_ADDED, "/title", TextLimits.COMMITMENT_TITLE);
        return storingAtMost(EventType.MILESTONE_CHANGED, "/title", TextLimits.COMMITMENT_TITLE);
    }

    /**
     * The consumer keeps the texts of meeting events as meetings-service takes them ({@code KeptFields}): a series'
     * title, which its meetings' events carry, and the city and zone of a meeting's venue. Lists each consumer keeps
     * differently: {@link #keepingAtMost}.
     */
    public EventFuzzer keepingMeetingTexts() {
        for (EventType type : List.of(EventType.MEETING_SERIES_CREATED, EventType.MEETING_SERIES_CHANGED,
                EventType.MEETING_SCHEDULED, EventType.MEETING_HELD, EventType.CADENCE_PERIOD_AT_RISK)) {
            storingAtMost(type, "/title", TextLimits.SERIES_TITLE);
        }
        for (EventType type : List.of(EventType.MEETING_SCHEDULED, EventType.MEETING_RESCHEDULED,
                EventType.MEETING_HELD)) {
            storingAtMost(type, "/venue/city", TextLimits.PLACE_NAME);
            storingAtMost(type, "/venue/timeZone", TextLimits.TIME_ZONE);
        }
        return this;
    }

    /**
     * The consumer uses the field as a time zone and dead-letters an event whose zone is not an IANA region id
     * (spaces around it aside) that {@link ZoneId} knows; a consumer that does not use a zone applies the event
     * whatever it says.
     */
    public EventFuzzer usingTimeZone(EventType type, String pointer) {
        return checking(type, pointer, text -> {
            try {
                return !(ZoneId.of(text.strip()) instanceof ZoneOffset);
            } catch (DateTimeException unknown) {
                return false;
            }
        });
    }

    private EventFuzzer checking(EventType type, String pointer, Predicate<String> accepts) {
        consumerChecks.merge(type.shortName() + pointer, accepts, Predicate::and);
        return this;
    }

    /** {@code count} records: every kind of mutation once (as far as {@code count} allows), the rest at random. */
    public List<FuzzedRecord> records(int count) {
        Random random = new Random(seed ^ topic.hashCode());
        List<Mutation> catalogue = catalogue();
        Map<String, List<Mutation>> byKind = new LinkedHashMap<>();
        catalogue.forEach(mutation -> byKind.computeIfAbsent(mutation.kind(), kind -> new ArrayList<>()).add(mutation));
        List<String> kinds = new ArrayList<>(byKind.keySet());
        Collections.shuffle(kinds, random);
        List<Mutation> chosen = new ArrayList<>();
        kinds.forEach(kind -> chosen.add(pick(random, byKind.get(kind))));
        List<Mutation> pool = new ArrayList<>();
        while (chosen.size() < count) {
            if (pool.isEmpty()) {
                pool.addAll(catalogue);
                Collections.shuffle(pool, random);
            }
            chosen.add(pool.remove(pool.size() - 1));
        }
        List<FuzzedRecord> records = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            records.add(chosen.get(i).make(i + 1, random));
        }
        return records;
    }

    private List<Mutation> catalogue() {
        WellFormedEvents events = new WellFormedEvents(replacements);
        DataMutations data = new DataMutations(topic, events, consumerChecks, listLimits);
        EnvelopeMutations envelope = new EnvelopeMutations(topic, events);
        List<Mutation> catalogue = new ArrayList<>();
        handled.stream().sorted(Comparator.naturalOrder()).forEach(type -> {
            catalogue.addAll(data.of(type));
            catalogue.addAll(envelope.of(type));
        });
        catalogue.add(new Mutation("not a CloudEvent", (n, random) -> notACloudEvent(events, n, random)));
        for (EventType type : EventType.values()) {
            if (!type.topic().equals(topic)) {
                catalogue.add(new Mutation("known type on the wrong topic", (n, random) -> new FuzzedRecord(
                        type.shortName() + " on " + topic, SKIPPED,
                        events.record(topic, type, n, EventJson.write(events.data(type, n)), random))));
            } else if (!handled.contains(type)) {
                // skipped before its data is read, so not even broken data is dead-lettered
                catalogue.add(new Mutation("type the consumer does not handle", (n, random) -> new FuzzedRecord(
                        type.shortName() + " (not handled) with data " + pick(random, List.of("{}", "valid")), SKIPPED,
                        events.record(topic, type, n, random.nextBoolean() ? "{}" : EventJson.write(events.data(type, n)),
                                random))));
            }
        }
        return catalogue;
    }

    private FuzzedRecord notACloudEvent(WellFormedEvents events, int n, Random random) {
        EventType type = pick(random, handled.stream().sorted().toList());
        String sample = EventJson.write(events.data(type, n));
        String key = "not-a-cloud-event-" + n;
        switch (random.nextInt(3)) {
            case 0 -> {
                byte[] noise = new byte[1 + random.nextInt(512)];
                random.nextBytes(noise);
                return new FuzzedRecord("not a CloudEvent: " + noise.length + " random bytes", DEAD_LETTERED,
                        new ProducerRecord<>(topic, key, noise));
            }
            case 1 -> {
                return new FuzzedRecord("not a CloudEvent: bare " + type.shortName() + " data", DEAD_LETTERED,
                        new ProducerRecord<>(topic, key, sample.getBytes(StandardCharsets.UTF_8)));
            }
            default -> {
                // structured mode, which the platform's consumers do not read
                String structured = "{\"specversion\": \"1.0\", \"id\": \"s-" + n + "\", \"source\": \"/x\", \"type\": \""
                        + type.type() + "\", \"subject\": \"s\", \"time\": \"2025-10-01T00:00:00Z\", \"data\": " + sample + "}";
                ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key,
                        structured.getBytes(StandardCharsets.UTF_8));
                record.headers().add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8));
                return new FuzzedRecord("not a CloudEvent in binary mode: structured " + type.shortName(),
                        DEAD_LETTERED, record);
            }
        }
    }

    /**
     * Sends the fuzzed records, then a well-formed one: once the consumer has applied that one, it
     * has read past every fuzzed record before it on the same partition.
     */
    public static void sendFollowedBy(List<FuzzedRecord> fuzzed, ProducerRecord<String, byte[]> wellFormed) {
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>(fuzzed.stream().map(FuzzedRecord::record).toList());
        records.add(wellFormed);
        send(records);
    }

    /** Sends records to the shared broker in order and waits until each is acknowledged. */
    public static void send(List<ProducerRecord<String, byte[]>> records) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.of("bootstrap.servers", EmbeddedInfrastructure.kafkaBootstrapServers(), "linger.ms", 5,
                        "max.request.size", 4 * 1024 * 1024),
                new StringSerializer(), new ByteArraySerializer())) {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            records.forEach(record -> sent.add(producer.send(record)));
            for (Future<RecordMetadata> acknowledged : sent) {
                acknowledged.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not send the fuzzed records", e);
        }
    }
}
