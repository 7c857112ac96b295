package org.roadmap.platform.outbox;

import java.time.Instant;

import org.roadmap.events.EventEnvelope;

/**
 * A pending event as stored inside its aggregate's document, in the {@value Outbox#FIELD} array.
 *
 * @param traceparent W3C trace context of the request that caused the event, so the trace
 *                    continues into Kafka although the relay publishes later on another thread
 */
public record OutboxEntry(String id, String topic, String source, String type, String subject, Instant time,
        String data, String traceparent) {

    static OutboxEntry of(EventEnvelope event, String topic, String traceparent) {
        return new OutboxEntry(event.id(), topic, event.source(), event.type(), event.subject(), event.time(),
                event.data(), traceparent);
    }

    EventEnvelope envelope() {
        return new EventEnvelope(id, source, type, subject, time, data);
    }
}
