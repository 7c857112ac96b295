package org.roadmap.platform.outbox;

import java.time.Instant;
import java.util.List;

import org.roadmap.events.EventEnvelope;

/**
 * A pending event as stored inside its aggregate's document, in the {@value Outbox#FIELD} array.
 *
 * @param topics      where it goes, with the same id on each: its topic and, unless it is
 *                    {@link InternalOnly}, the topic's public copy
 * @param traceparent W3C trace context of the request that caused the event, so the trace
 *                    continues into Kafka although the relay publishes later on another thread
 */
public record OutboxEntry(String id, List<String> topics, String source, String type, String subject, Instant time,
        String data, String traceparent) {

    public OutboxEntry {
        topics = List.copyOf(topics);
    }

    static OutboxEntry of(EventEnvelope event, List<String> topics, String traceparent) {
        return new OutboxEntry(event.id(), topics, event.source(), event.type(), event.subject(), event.time(),
                event.data(), traceparent);
    }

    EventEnvelope envelope() {
        return new EventEnvelope(id, source, type, subject, time, data);
    }
}
