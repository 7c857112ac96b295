package org.roadmap.platform.messaging;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.bson.Document;
import org.roadmap.events.EventEnvelope;
import org.roadmap.platform.storage.InsertOnce;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The event ids a consumer has applied. Checked before and recorded after the handlers, a batch at a time, so a
 * crash in between re-applies the batch's events on redelivery: handlers make their own writes idempotent (upserts
 * keyed by the event id or the aggregate), and this store spares the work in the common case.
 */
public class ProcessedEvents {

    static final String COLLECTION = "processed_events";

    private final MongoTemplate mongo;
    private final Clock clock;

    ProcessedEvents(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Which of {@code eventIds} the consumer has applied, in one look-up by {@code _id}. */
    public Set<String> applied(String consumer, Collection<String> eventIds) {
        Set<String> applied = new HashSet<>();
        if (eventIds.isEmpty()) {
            return applied;
        }
        Query byIds = new Query(where("_id").in(eventIds.stream().map(id -> key(consumer, id)).toList()));
        byIds.fields().include("_id");
        String prefix = key(consumer, "");
        mongo.find(byIds, Document.class, COLLECTION)
                .forEach(marker -> applied.add(marker.getString("_id").substring(prefix.length())));
        return applied;
    }

    public void record(String consumer, EventEnvelope event) {
        try {
            mongo.insert(marker(consumer, event), COLLECTION);
        } catch (DuplicateKeyException alreadyRecorded) {
            // another replica applied it concurrently; the handler's own idempotency covered it
        }
    }

    /** Records many applied events in one write; one recorded already (by another replica, say) is left. */
    public void recordAll(String consumer, List<EventEnvelope> events) {
        if (events.size() == 1) {
            record(consumer, events.get(0));
        } else if (!events.isEmpty()) {
            InsertOnce.all(mongo.getCollection(COLLECTION), events.stream().map(e -> marker(consumer, e)).toList());
        }
    }

    private Document marker(String consumer, EventEnvelope event) {
        return new Document("_id", key(consumer, event.id()))
                .append("consumer", consumer)
                .append("type", event.type())
                .append("subject", event.subject())
                .append("processedAt", Date.from(clock.instant()));
    }

    private static String key(String consumer, String eventId) {
        return consumer + ":" + eventId;
    }
}
