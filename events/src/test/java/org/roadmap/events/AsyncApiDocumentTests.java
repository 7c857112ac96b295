package org.roadmap.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/**
 * asyncapi.yaml is written by hand; these tests keep it and the code from drifting apart. Each
 * failure says what to change in the document.
 */
class AsyncApiDocumentTests {

    private static final String DOCUMENT = "events/src/main/resources/org/roadmap/events/asyncapi.yaml";

    private final AsyncApiDocument document = AsyncApiDocument.load();

    @Test
    void isAValidAsyncApi3Document() throws IOException {
        String specification;
        try (InputStream in = getClass().getResourceAsStream("asyncapi/asyncapi-3.0.0-schema.json")) {
            specification = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        var schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                .getSchema(specification, InputFormat.JSON);

        var errors = schema.validate(EventJson.write(document.root()), InputFormat.JSON);

        assertThat(errors).as(DOCUMENT + " breaks the AsyncAPI 3.0.0 specification").isEmpty();
        assertThat(document.root().path("asyncapi").asString()).isEqualTo("3.0.0");
    }

    @Test
    void everyTopicHasAChannelWhoseAddressIsTheTopic() {
        for (String topic : topics()) {
            assertThat(document.channelIdsWithAddress(topic))
                    .as("%s has no channel with address '%s' (Topics names it)", DOCUMENT, topic)
                    .hasSize(1);
        }
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyEventTypeHasAMessageNamedByItsTypeOnItsTopicsChannel(EventType type) {
        String channel = eventChannel(type.topic());

        JsonNode message = document.messagesOf(channel).get(type.shortName());

        if (message == null) {
            fail("%s: channel '%s' (%s) has no message '%s'; add it under channels.%s.messages and "
                    + "components.messages, named %s", DOCUMENT, channel, type.topic(), type.shortName(), channel,
                    type.type());
        }
        assertThat(message.path("name").asString()).as("name of message %s", type.shortName()).isEqualTo(type.type());
    }

    @Test
    void documentHasNoMessageForATypeTheCodeLacks() {
        Set<String> known = Arrays.stream(EventType.values()).map(EventType::type).collect(Collectors.toSet());
        Map<String, String> unknown = new TreeMap<>();
        document.messagesByChannel().forEach((channel, messages) -> messages.forEach((key, message) -> {
            String name = message.path("name").asString();
            if (!name.equals("dead-letter") && !known.contains(name)) {
                unknown.put(channel + "/" + key, name);
            }
        }));

        assertThat(unknown).as("%s describes messages that EventType lacks (remove them, or add the type to the "
                + "code)", DOCUMENT).isEmpty();
    }

    @Test
    void eachEventChannelCarriesOnlyTheTypesOfItsTopic() {
        for (String topic : topics()) {
            Set<String> inCode = Arrays.stream(EventType.values())
                    .filter(t -> t.topic().equals(topic) || Topics.publicCopy(t.topic()).orElse("").equals(topic))
                    .map(EventType::type).collect(Collectors.toCollection(TreeSet::new));

            Set<String> inDocument = document.messagesOf(eventChannel(topic)).values().stream()
                    .map(m -> m.path("name").asString()).collect(Collectors.toCollection(TreeSet::new));

            assertThat(inDocument).as("messages on the channel of %s", topic).isEqualTo(inCode);
        }
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void messagePayloadIsTheEventsSchemaFile(EventType type) {
        JsonNode payload = message(type).path("payload");

        String ref = payload.path("$ref").asString("");

        assertThat(ref).as("payload of %s in %s must be {$ref: 'schemas/%s.json'}", type.shortName(), DOCUMENT,
                type.shortName()).isEqualTo("schemas/" + type.shortName() + ".json");
        // the reference is relative to the document, so it must resolve inside the jar
        assertThat(AsyncApiDocument.class.getResource("/org/roadmap/events/" + ref)).as(ref).isNotNull();
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void messageExampleIsTheGoldenSample(EventType type) {
        JsonNode examples = message(type).path("examples");

        assertThat(examples.size()).as("examples of %s", type.shortName()).isEqualTo(1);
        assertThat(examples.get(0).path("payload"))
                .as("the example payload of %s in %s differs from samples/%s.json; copy the golden sample",
                        type.shortName(), DOCUMENT, type.shortName())
                .isEqualTo(EventJson.tree(EventSchemas.sampleText(type)));
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void exampleHeadersAreExactlyWhatTheEnvelopeWritesForThatEvent(EventType type) {
        Map<String, String> example = strings(message(type).path("examples").get(0).path("headers"));
        EventEnvelope event = new EventEnvelope(example.get("ce_id"), example.get("ce_source"), type.type(),
                example.get("ce_subject"), Instant.parse(example.get("ce_time")), EventSchemas.sampleText(type));

        Map<String, String> written = headers(event.toProducerRecord(type.topic()));

        assertThat(example).as("example headers of %s", type.shortName()).isEqualTo(written);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void exampleSubjectIsTheAggregateIdTheTopicIsKeyedBy(EventType type) {
        JsonNode example = message(type).path("examples").get(0);
        String keyField = switch (type.topic()) {
            case Topics.COMMITMENTS -> "commitmentId";
            case Topics.MEETINGS -> "seriesId";
            case Topics.NOTIFICATIONS -> "recipientId";
            default -> throw new IllegalStateException("No key rule for " + type.topic());
        };

        assertThat(example.path("headers").path("ce_subject").asString())
                .isEqualTo(example.path("payload").path(keyField).asString());
    }

    @Test
    void headerSchemaRequiresExactlyTheHeadersTheEnvelopeWrites() {
        JsonNode headers = document.resolve(document.root().at("/components/schemas/cloudEventsHeaders"));
        EventType any = EventType.COMMITMENT_REGISTERED;
        EventEnvelope event = EventEnvelope.of("/roadmap/commitments-service", "c-1",
                EventJson.read(EventSchemas.sampleText(any), any.dataType()), Instant.now());

        Set<String> written = headers(event.toProducerRecord(any.topic())).keySet();

        assertThat(new TreeSet<>(strings(headers.path("required")).values())).as(
                "cloudEventsHeaders.required in %s versus the headers of EventEnvelope.toProducerRecord", DOCUMENT)
                .isEqualTo(new TreeSet<>(written));
        assertThat(AsyncApiDocument.entries(headers.path("properties")).keySet()).containsAll(written);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void messageHeadersPinItsTypeAndSchema(EventType type) {
        JsonNode allOf = message(type).path("headers").path("allOf");

        assertThat(allOf.get(0).path("$ref").asString()).isEqualTo("#/components/schemas/cloudEventsHeaders");
        assertThat(allOf.get(1).at("/properties/ce_type/const").asString()).isEqualTo(type.type());
        assertThat(allOf.get(1).at("/properties/ce_dataschema/const").asString()).isEqualTo(type.dataSchema());
    }

    @Test
    void everyChannelIsSentByOneOperationListingAllItsMessages() {
        Map<String, Set<String>> sent = new LinkedHashMap<>();
        document.operations().forEach((id, operation) -> {
            assertThat(operation.path("action").asString()).as("action of operation %s", id).isEqualTo("send");
            String channel = operation.at("/channel/$ref").asString().replace("#/channels/", "");
            Set<String> messages = new TreeSet<>();
            operation.path("messages").forEach(m ->
                    messages.add(m.path("$ref").asString().replace("#/channels/" + channel + "/messages/", "")));
            assertThat(sent.put(channel, messages)).as("second operation on channel %s", channel).isNull();
        });

        document.channels().keySet().forEach(channel -> assertThat(sent.get(channel))
                .as("operation sending on channel %s lists all its messages", channel)
                .isEqualTo(new TreeSet<>(document.messagesOf(channel).keySet())));
    }

    @Test
    void deadLetterChannelsAreNamedAfterTheirTopicAndConsumerGroup() {
        document.channels().forEach((id, channel) -> {
            String address = channel.path("address").asString();
            if (!address.endsWith(".dlt")) {
                return;
            }
            String topic = topics().stream().filter(t -> address.startsWith(t + ".")).findFirst()
                    .orElseThrow(() -> new AssertionError("dead-letter channel " + address + " of no known topic"));
            String group = address.substring(topic.length() + 1, address.length() - ".dlt".length());

            assertThat(Topics.deadLetter(topic, group)).isEqualTo(address);
            assertThat(document.messagesOf(id).values()).singleElement()
                    .satisfies(m -> assertThat(m.path("name").asString()).isEqualTo("dead-letter"));
        });
    }

    private String eventChannel(String topic) {
        List<String> ids = document.channelIdsWithAddress(topic);
        if (ids.size() != 1) {
            fail("%s needs exactly one channel with address '%s', has %s", DOCUMENT, topic, ids);
        }
        return ids.get(0);
    }

    private JsonNode message(EventType type) {
        JsonNode message = document.messagesOf(eventChannel(type.topic())).get(type.shortName());
        assertThat(message).as("message %s in %s", type.shortName(), DOCUMENT).isNotNull();
        return message;
    }

    /** The public String constants of {@link Topics}: the event topics. */
    static List<String> topics() {
        return Arrays.stream(Topics.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
                .map(AsyncApiDocumentTests::value).toList();
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> headers(ProducerRecord<String, byte[]> record) {
        Map<String, String> headers = new TreeMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }

    private static Map<String, String> strings(JsonNode node) {
        Map<String, String> values = new TreeMap<>();
        if (node.isArray()) {
            node.forEach(v -> values.put(v.asString(), v.asString()));
        } else {
            node.properties().forEach(e -> values.put(e.getKey(), e.getValue().asString()));
        }
        return values;
    }
}
