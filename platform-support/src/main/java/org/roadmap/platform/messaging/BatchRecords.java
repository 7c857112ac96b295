package org.roadmap.platform.messaging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.header.Headers;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.kafka.support.KafkaNull;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.support.GenericMessage;

/**
 * A batch from the Kafka binder as the records it holds. The binder gives a batch one message whose headers hold a
 * list per header, a value per record; {@link InboundEvents} and the consumers that read records themselves read each
 * record as a message of its own.
 */
public final class BatchRecords {

    /** The headers a batch carries as a list, a value per record. */
    private static final List<String> PER_RECORD = List.of(KafkaHeaders.RECEIVED_TOPIC, KafkaHeaders.RECEIVED_KEY,
            KafkaHeaders.RECEIVED_PARTITION, KafkaHeaders.OFFSET, KafkaHeaders.RECEIVED_TIMESTAMP);

    private BatchRecords() {
    }

    /**
     * The records of a batch from the Kafka binder (a binding in batch mode), each as a message of its own with its
     * own headers, in the order they came.
     */
    @SuppressWarnings("unchecked")
    public static List<Message<byte[]>> split(Message<List<byte[]>> batch) {
        MessageHeaders headers = batch.getHeaders();
        List<Object> payloads = (List<Object>) (List<?>) batch.getPayload();
        List<Map<String, Object>> converted =
                (List<Map<String, Object>>) headers.get(KafkaHeaders.BATCH_CONVERTED_HEADERS);
        List<Headers> natives = (List<Headers>) headers.get(KafkaHeaders.NATIVE_HEADERS);
        List<Message<byte[]>> records = new ArrayList<>(payloads.size());
        for (int i = 0; i < payloads.size(); i++) {
            Map<String, Object> own = new HashMap<>();
            if (converted != null && i < converted.size()) {
                own.putAll(converted.get(i));
            } else if (natives != null && i < natives.size() && natives.get(i) != null) {
                natives.get(i).forEach(header -> own.put(header.key(), header.value()));
            }
            for (String perRecord : PER_RECORD) {
                if (headers.get(perRecord) instanceof List<?> values && i < values.size()) {
                    own.put(perRecord, values.get(i));
                }
            }
            // a record without a value (a tombstone) comes as KafkaNull, not as bytes: read, it is dead-lettered
            Object payload = payloads.get(i);
            records.add((Message<byte[]>) (Message<?>) new GenericMessage<>(payload == null ? KafkaNull.INSTANCE
                    : payload, own));
        }
        return records;
    }
}
