package org.roadmap.platform.test.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Objects;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;

/**
 * One record made from a well-formed event by a mutation, and what the contract says a consumer
 * must do with it.
 *
 * @param mutation what was done, e.g. {@code meeting.held.v1 /venue/timeZone removed}
 * @param expected what a consumer of the topic must do with it
 * @param record   the record as it is sent
 */
public record FuzzedRecord(String mutation, Outcome expected, ProducerRecord<String, byte[]> record) {

    public enum Outcome {
        /** Parked on the consumer group's dead-letter topic, unchanged. */
        DEAD_LETTERED,
        /** Applied by a consumer that handles its type. */
        PROCESSED,
        /** Passed over, neither applied nor dead-lettered: a type the consumer does not handle (ADR 3). */
        SKIPPED
    }

    /** The last {@code ce_id} header, as Kafka clients and the CloudEvents reader take it; null without one. */
    public String eventId() {
        Header id = record.headers().lastHeader("ce_id");
        return id == null || id.value() == null ? null : new String(id.value(), StandardCharsets.UTF_8);
    }

    /**
     * Whether {@code other} (e.g. a dead letter) is this record: by key, each fuzzed record having its
     * own, or by event id where the mutation took the key away.
     */
    public boolean isOriginalOf(ConsumerRecord<String, byte[]> other) {
        String key = record.key();
        if (key != null && !key.isEmpty()) {
            return key.equals(other.key());
        }
        Header id = other.headers().lastHeader("ce_id");
        return eventId() != null && id != null && id.value() != null
                && eventId().equals(new String(id.value(), StandardCharsets.UTF_8));
    }

    /** Whether {@code copy} has this record's key, value and headers (in order, others may be added). */
    public boolean isUnchangedIn(ConsumerRecord<String, byte[]> copy) {
        if (!Objects.equals(record.key(), copy.key()) || !Arrays.equals(record.value(), copy.value())) {
            return false;
        }
        Iterator<Header> theirs = copy.headers().iterator();
        for (Header ours : record.headers()) {
            boolean found = false;
            while (!found && theirs.hasNext()) {
                Header next = theirs.next();
                found = next.key().equals(ours.key()) && Arrays.equals(next.value(), ours.value());
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return mutation + " -> " + expected.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
