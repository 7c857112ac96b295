package org.roadmap.events;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.message.MessageReader;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;

/**
 * One event as it travels: the CloudEvents 1.0 attributes plus JSON data. On Kafka it uses the
 * CloudEvents Kafka protocol binding in binary mode: attributes in {@code ce_*} headers,
 * {@code content-type: application/json}, the data as the record value and the aggregate id as
 * the record key, so one aggregate's events stay in order.
 *
 * @param id      unique per event; consumers deduplicate on it
 * @param source  the producing service, e.g. {@code /roadmap/commitments-service}
 * @param type    the versioned event type, see {@link EventType}
 * @param subject the aggregate id, also the Kafka key
 * @param time    when the state change happened
 * @param data    the event data as JSON text
 */
public record EventEnvelope(String id, String source, String type, String subject, Instant time, String data) {

    public static final String CONTENT_TYPE = "application/json";

    public EventEnvelope {
        requireText(id, "id");
        requireText(source, "source");
        requireText(type, "type");
        requireText(subject, "subject");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(data, "data");
    }

    /** A new event with a fresh id for a state change of aggregate {@code subject}. */
    public static EventEnvelope of(String source, String subject, Object data, Instant time) {
        EventType type = EventType.of(data.getClass());
        return new EventEnvelope(UUID.randomUUID().toString(), source, type.type(), subject, time, EventJson.write(data));
    }

    public <T> T dataAs(Class<T> dataType) {
        return EventJson.read(data, dataType);
    }

    /** The {@link EventType} of this event, if this build of the contract knows it. */
    public java.util.Optional<EventType> knownType() {
        return EventType.ofType(type);
    }

    public CloudEvent toCloudEvent() {
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(id)
                .withSource(URI.create(source))
                .withType(type)
                .withSubject(subject)
                .withTime(OffsetDateTime.ofInstant(time, ZoneOffset.UTC))
                .withDataContentType(CONTENT_TYPE)
                .withData(data.getBytes(StandardCharsets.UTF_8));
        knownType().ifPresent(t -> builder.withDataSchema(URI.create(t.dataSchema())));
        return builder.build();
    }

    /** The Kafka record for this event, keyed by the aggregate id. */
    public ProducerRecord<String, byte[]> toProducerRecord(String topic) {
        return KafkaMessageFactory.<String>createWriter(topic, null, null, subject).writeBinary(toCloudEvent());
    }

    /**
     * Reads an event from a Kafka record's headers and value.
     *
     * @throws MalformedEventException when the record is not a CloudEvent this contract can read
     */
    public static EventEnvelope fromKafka(Headers headers, byte[] value) {
        try {
            MessageReader reader = KafkaMessageFactory.createReader(headers, value);
            return fromCloudEvent(reader.toEvent());
        } catch (MalformedEventException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new MalformedEventException("Not a CloudEvent in binary mode: " + e.getMessage(), e);
        }
    }

    public static EventEnvelope fromCloudEvent(CloudEvent event) {
        if (event.getData() == null) {
            throw new MalformedEventException("CloudEvent " + event.getId() + " carries no data");
        }
        if (event.getSubject() == null || event.getTime() == null) {
            throw new MalformedEventException("CloudEvent " + event.getId() + " lacks subject or time");
        }
        String json;
        try {
            // strictly: a lenient decoder would turn text in another encoding into replacement characters
            json = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(event.getData().toBytes())).toString();
        } catch (CharacterCodingException e) {
            throw new MalformedEventException("CloudEvent " + event.getId() + " data is not UTF-8", e);
        }
        try {
            EventJson.tree(json);
        } catch (RuntimeException e) {
            throw new MalformedEventException("CloudEvent " + event.getId() + " data is not JSON", e);
        }
        return new EventEnvelope(event.getId(), event.getSource().toString(), event.getType(), event.getSubject(),
                event.getTime().toInstant(), json);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new MalformedEventException("CloudEvent attribute '" + name + "' is missing");
        }
    }
}
