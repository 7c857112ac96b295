package org.roadmap.platform.messaging;

import java.time.Clock;
import java.util.Date;

import org.bson.Document;
import org.roadmap.events.EventEnvelope;
import org.roadmap.platform.storage.IdLookup;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The event ids a consumer has applied. Checked before and recorded after the handler, so a
 * crash in between re-applies the event on redelivery: handlers make their own writes
 * idempotent (upserts keyed by the event id or the aggregate), and this store spares the work
 * in the common case.
 */
public class ProcessedEvents {

    static final String COLLECTION = "processed_events";

    private final MongoTemplate mongo;
    private final Clock clock;

    ProcessedEvents(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public boolean contains(String consumer, String eventId) {
        return IdLookup.exists(mongo, COLLECTION, key(consumer, eventId));
    }

    public void record(String consumer, EventEnvelope event) {
        Document marker = new Document("_id", key(consumer, event.id()))
                .append("consumer", consumer)
                .append("type", event.type())
                .append("subject", event.subject())
                .append("processedAt", Date.from(clock.instant()));
        try {
            mongo.insert(marker, COLLECTION);
        } catch (DuplicateKeyException alreadyRecorded) {
            // another replica applied it concurrently; the handler's own idempotency covered it
        }
    }

    private static String key(String consumer, String eventId) {
        return consumer + ":" + eventId;
    }
}
