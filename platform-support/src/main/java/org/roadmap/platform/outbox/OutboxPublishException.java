package org.roadmap.platform.outbox;

/** The broker did not acknowledge an event in time; it stays in the outbox for the next pass. */
class OutboxPublishException extends RuntimeException {

    OutboxPublishException(OutboxEntry entry, Throwable cause) {
        super("Event " + entry.id() + " (" + entry.type() + ") not acknowledged by Kafka: " + cause.getMessage(), cause);
    }
}
