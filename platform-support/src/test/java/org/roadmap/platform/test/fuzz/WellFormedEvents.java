package org.roadmap.platform.test.fuzz;

import java.time.Instant;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.roadmap.events.EventEnvelope;
import org.roadmap.events.EventJson;
import org.roadmap.events.EventSchemas;
import org.roadmap.events.EventType;
import org.roadmap.events.Topics;

import tools.jackson.databind.node.ObjectNode;

/**
 * The golden samples of the contract as events to spoil: the {@code n}-th record gets ids of its
 * own (so records never collide in a projection or the idempotency store) and is keyed by its
 * aggregate id, as the producers key theirs.
 */
final class WellFormedEvents {

    private static final Instant TIME = Instant.parse("2025-10-01T00:00:00Z");
    private static final Set<String> OWN_IDS = Set.of("commitmentId", "seriesId", "occurrenceId", "milestoneId",
            "reportId", "deliveryId", "alertId", "recipientId");
    private static final Map<String, String> AGGREGATE_ID = Map.of(Topics.COMMITMENTS, "commitmentId",
            Topics.MEETINGS, "seriesId", Topics.NOTIFICATIONS, "recipientId");

    private final Map<String, String> replacements;

    WellFormedEvents(Map<String, String> replacements) {
        this.replacements = replacements;
    }

    /** The sample's data with the {@code n}-th record's own ids. */
    ObjectNode data(EventType type, int n) {
        String text = EventSchemas.sampleText(type);
        for (Map.Entry<String, String> replacement : replacements.entrySet()) {
            text = text.replace(replacement.getKey(), replacement.getValue());
        }
        ObjectNode data = (ObjectNode) EventJson.tree(text);
        for (String field : OWN_IDS) {
            if (data.path(field).isString()) {
                data.put(field, data.get(field).asString() + "-f" + n);
            }
        }
        return data;
    }

    /** The aggregate id of the {@code n}-th record of {@code type}: its subject and key. */
    String subject(EventType type, int n) {
        return data(type, n).get(AGGREGATE_ID.get(type.topic())).asString();
    }

    /**
     * The record a careful producer would send: binary-mode CloudEvent keyed by the aggregate id, with an id
     * drawn from {@code random}, from the service that owns the topic (whatever the type).
     */
    ProducerRecord<String, byte[]> record(String topic, EventType type, int n, String data, Random random) {
        return new EventEnvelope(new UUID(random.nextLong(), random.nextLong()).toString(),
                Topics.owner(topic).orElseThrow(), type.type(), subject(type, n), TIME.plusSeconds(n), data)
                .toProducerRecord(topic);
    }
}
