package org.roadmap.examples;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * Says where a dead letter came from and why it was parked, from the headers the platform's
 * consumers add. Topic and message are text; partition, offset and timestamp are big-endian
 * binary numbers.
 */
public final class DeadLetters {

    private DeadLetters() {
    }

    /** The record a dead letter is a copy of. */
    public record Origin(String topic, int partition, long offset, long timestamp, String reason) {
    }

    public static Origin origin(ConsumerRecord<String, byte[]> deadLetter) {
        return new Origin(
                text(deadLetter, "x-original-topic"),
                ByteBuffer.wrap(bytes(deadLetter, "x-original-partition")).getInt(),
                ByteBuffer.wrap(bytes(deadLetter, "x-original-offset")).getLong(),
                ByteBuffer.wrap(bytes(deadLetter, "x-original-timestamp")).getLong(),
                text(deadLetter, "x-exception-message"));
    }

    private static String text(ConsumerRecord<String, byte[]> record, String name) {
        return new String(bytes(record, name), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        if (header == null) {
            throw new IllegalArgumentException("Not a dead letter of the platform: no header " + name);
        }
        return header.value();
    }
}
