package org.roadmap.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.roadmap.events.EventEnvelope;
import org.roadmap.events.EventSchemas;
import org.roadmap.events.EventType;
import org.roadmap.events.MalformedEventException;
import org.roadmap.events.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;

/**
 * Builds Spring Cloud Stream consumers for contract events. Each record is read as a binary-mode CloudEvent, its data
 * checked against the event's JSON Schema, and handed to the handler for its type once per event id. Types the
 * handler does not know are skipped on the record's {@code ce_type} header, before the record is read, so a producer
 * can add event types without breaking consumers, and a consumer pays little for the records it does not use.
 * Unreadable records (a record without a type among them) raise {@link MalformedEventException}, which the binder
 * does not retry but sends straight to the dead-letter topic. So does a record of a type the consumer handles whose
 * {@code ce_source} is not its topic's owner: anyone who can reach the broker could have written it.
 * <p>
 * A consumer takes the records of a poll as one batch (the bindings' {@code batch-mode}): a backlog costs a look-up
 * and a write of the processed ids per batch, not per event, and handlers may put work off to the batch's end
 * ({@link BatchWork}). A record that fails stops its batch there; {@link BatchDeadLetters} retries and dead-letters
 * that record alone, as the binder does for a record on its own.
 */
public class InboundEvents {

    private static final Logger log = LoggerFactory.getLogger(InboundEvents.class);

    private final ProcessedEvents processed;
    private final MeterRegistry meters;

    InboundEvents(ProcessedEvents processed, MeterRegistry meters) {
        this.processed = processed;
        this.meters = meters;
    }

    /** Starts a consumer named {@code consumer}: the name under which processed event ids are kept. */
    public Handlers consumer(String consumer) {
        return new Handlers(consumer);
    }

    /**
     * Reads the CloudEvent carried by a message from the Kafka binder.
     *
     * @throws MalformedEventException when it is not a CloudEvent, or not from the service that owns the topic
     */
    public static EventEnvelope read(Message<byte[]> message) {
        EventEnvelope event = envelope(message);
        if (!(message.getHeaders().get(KafkaHeaders.RECEIVED_TOPIC) instanceof String topic)) {
            throw new MalformedEventException("Event " + event.id() + " names no topic, so its source cannot be checked");
        }
        Topics.owner(topic).filter(owner -> !owner.equals(event.source())).ifPresent(owner -> {
            throw new MalformedEventException("Event " + event.id() + " on " + topic + " comes from source '"
                    + event.source() + "', not from the topic's owner '" + owner + "': refused as forged");
        });
        return event;
    }

    private static EventEnvelope envelope(Message<byte[]> message) {
        RecordHeaders headers = new RecordHeaders();
        message.getHeaders().forEach((name, value) -> {
            if (value == null) {
                // a header without a value is no attribute (not the text "null", which would pass as an event id)
                return;
            }
            if (name.startsWith("ce_") || name.startsWith("ce-")) {
                // Spring Cloud Function renames ce_ headers to its canonical ce- when a record has no content-type
                headers.add("ce_" + name.substring(3), bytes(value));
            } else if (name.equals("content-type")) {
                headers.add(name, bytes(value));
            }
        });
        // a record without a value (a tombstone) reaches the handler as KafkaNull, not as bytes
        if (!(((Message<?>) message).getPayload() instanceof byte[] value)) {
            throw new MalformedEventException("A record without a value is no CloudEvent");
        }
        return EventEnvelope.fromKafka(headers, value);
    }

    /**
     * One CloudEvents attribute of a message from the Kafka binder ({@code id} reads {@code ce_id}), for a
     * consumer that needs no more of the event; null when absent.
     */
    public static String attribute(Message<?> message, String name) {
        // Spring Cloud Function renames ce_ headers to its canonical ce- when a record has no content-type
        Object value = message.getHeaders().containsKey("ce_" + name) ? message.getHeaders().get("ce_" + name)
                : message.getHeaders().get("ce-" + name);
        return value == null ? null : new String(bytes(value), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(Object value) {
        return value instanceof byte[] raw ? raw : String.valueOf(value).getBytes(StandardCharsets.UTF_8);
    }

    /** The handlers of one consumer, by event type. */
    public final class Handlers implements Consumer<Message<List<byte[]>>> {

        private final String consumer;
        private final Map<String, BiConsumer<EventEnvelope, Object>> byType = new HashMap<>();
        private final Map<String, Counter> counters = new ConcurrentHashMap<>();

        private Handlers(String consumer) {
            this.consumer = consumer;
        }

        @SuppressWarnings("unchecked")
        public <T> Handlers on(Class<T> dataType, BiConsumer<EventEnvelope, T> handler) {
            byType.put(EventType.of(dataType).type(), (event, data) -> handler.accept(event, (T) data));
            return this;
        }

        /**
         * Applies a batch of records in order, those of one aggregate in the order they were written. Whether each
         * event was applied before is looked up for the whole batch at once, and the events applied are recorded
         * at once after the work their handlers put off to the batch's end ({@link BatchWork}). A record that
         * cannot be read or applied stops the batch there: the records before it are finished and recorded, and
         * it is thrown back to the binder with its position, which retries it (unless unreadable) and then
         * dead-letters it, and goes on with the records after it. When the work put off fails, the batch is applied
         * again a record at a time, each event's work done with it, so that what fails is the record it failed for.
         */
        @Override
        public void accept(Message<List<byte[]>> batch) {
            List<Message<byte[]>> records = BatchRecords.split(batch);
            Set<String> appliedBefore;
            try {
                appliedBefore = processed.applied(consumer, handledIds(records));
            } catch (RuntimeException e) {
                // tried again from the first record, which is dead-lettered after its attempts, as a record whose
                // handler keeps failing is
                throw new BatchListenerFailedException(consumer + " could not look up a batch's events: "
                        + e.getMessage(), e, 0);
            }
            try {
                inOneGo(records, appliedBefore);
            } catch (PutOffWorkFailed failed) {
                log.warn("{}: the work put off to the end of a batch of {} records failed ({}); applying them a record "
                        + "at a time", consumer, records.size(), RecordText.printable(failed.getCause().getMessage()));
                oneAtATime(records, appliedBefore);
            }
        }

        private void inOneGo(List<Message<byte[]>> records, Set<String> appliedBefore) {
            List<EventEnvelope> applied = new ArrayList<>();
            int failedAt = -1;
            RuntimeException failure = null;
            BatchWork.open();
            try {
                Set<String> appliedNow = new HashSet<>();
                for (int i = 0; i < records.size() && failure == null; i++) {
                    try {
                        EventEnvelope event = apply(records.get(i), appliedBefore, appliedNow);
                        if (event != null) {
                            applied.add(event);
                            appliedNow.add(event.id());
                        }
                    } catch (RuntimeException e) {
                        failedAt = i;
                        failure = e;
                    }
                }
                try {
                    BatchWork.finish();
                } catch (RuntimeException e) {
                    throw new PutOffWorkFailed(e);
                }
            } finally {
                BatchWork.end();
            }
            try {
                processed.recordAll(consumer, applied);
            } catch (RuntimeException e) {
                // nothing counts as applied: all of it is read again, and each handler's writes repeat harmlessly
                throw new BatchListenerFailedException(consumer + " could not record a batch's events: "
                        + e.getMessage(), e, 0);
            }
            applied.forEach(event -> count("applied", event.type()));
            if (failure != null) {
                throw new BatchListenerFailedException(failure.getMessage(), failure, failedAt);
            }
        }

        /** Each record's work done and its event recorded before the next: what fails is that record. */
        private void oneAtATime(List<Message<byte[]>> records, Set<String> appliedBefore) {
            Set<String> appliedNow = new HashSet<>();
            for (int i = 0; i < records.size(); i++) {
                try {
                    EventEnvelope event = apply(records.get(i), appliedBefore, appliedNow);
                    if (event != null) {
                        processed.record(consumer, event);
                        appliedNow.add(event.id());
                        count("applied", event.type());
                    }
                } catch (RuntimeException e) {
                    throw new BatchListenerFailedException(e.getMessage(), e, i);
                }
            }
        }

        /** The ids of the records of types handled here, as their headers name them. */
        private List<String> handledIds(List<Message<byte[]>> records) {
            List<String> ids = new ArrayList<>();
            for (Message<byte[]> record : records) {
                String id = attribute(record, "id");
                if (id != null && byType.containsKey(attribute(record, "type"))) {
                    ids.add(id);
                }
            }
            return ids;
        }

        /** @return the event applied, or null when it was skipped or applied before */
        private EventEnvelope apply(Message<byte[]> message, Set<String> appliedBefore, Set<String> appliedNow) {
            // a type this consumer does not handle is skipped on its header, before the event and its data are read:
            // most of a topic's records are of types a given consumer skips (meetings-service's of deadline changes)
            // (one without a type, or with an empty one, is no CloudEvent: read below, it is dead-lettered)
            String type = attribute(message, "type");
            if (type != null && !type.isEmpty() && !byType.containsKey(type)) {
                skip(type, message);
                return null;
            }
            EventEnvelope event = read(message);
            BiConsumer<EventEnvelope, Object> handler = byType.get(event.type());
            if (handler == null) {
                skip(event.type(), message); // a record that names two types in its headers
                return null;
            }
            if (appliedBefore.contains(event.id()) || appliedNow.contains(event.id())) {
                count("duplicate", event.type());
                return null;
            }
            handler.accept(event, data(event));
            return event;
        }

        private void skip(String type, Message<byte[]> message) {
            // counted under its name only when it is a type of the contract: a record's header must not make metrics
            count("skipped", EventType.ofType(type).isPresent() ? type : "other");
            if (log.isDebugEnabled()) {
                log.debug("{} skips event {} of type {}", consumer, attribute(message, "id"), type);
            }
        }

        private Object data(EventEnvelope event) {
            EventType type = EventType.ofType(event.type()).orElseThrow();
            List<String> violations = EventSchemas.violations(type, event.data());
            if (!violations.isEmpty()) {
                throw new MalformedEventException("Event " + event.id() + " of type " + event.type()
                        + " does not match its schema: " + violations);
            }
            Object data;
            try {
                data = event.dataAs(type.dataType());
            } catch (RuntimeException e) {
                throw new MalformedEventException("Event " + event.id() + " data cannot be read: " + e.getMessage(), e);
            }
            KeptFields.ids(data);
            return data;
        }

        private void count(String outcome, String type) {
            // registered once per outcome and type: a registry look-up per event costs more than the count
            counters.computeIfAbsent(outcome + " " + type, key -> Counter.builder("roadmap.events.consumed")
                    .description("Events read by a consumer, by outcome")
                    .tag("consumer", consumer).tag("outcome", outcome).tag("type", type)
                    .register(meters)).increment();
        }
    }

    /** The work handlers put off to the end of a batch failed. */
    private static final class PutOffWorkFailed extends RuntimeException {

        PutOffWorkFailed(RuntimeException cause) {
            super(cause);
        }
    }
}
