package org.roadmap.platform.outbox;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;


import org.bson.Document;
import org.roadmap.events.EventEnvelope;
import org.roadmap.events.EventType;
import org.roadmap.events.Topics;
import org.roadmap.platform.aggregate.AggregateLogs;
import org.roadmap.platform.aggregate.Appended;
import org.roadmap.platform.aggregate.Versioned;
import org.roadmap.platform.storage.AppendedRecords;
import org.roadmap.platform.storage.InsertOnce;
import org.roadmap.platform.tracing.TraceContext;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.roadmap.platform.storage.ReplacingUpdate;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Writes an aggregate's state change together with the events it causes, in one document write.
 * The only way a service should persist an aggregate that publishes events: a plain
 * {@code save} would replace the document and drop events the relay has not published yet. Events
 * are the contract's records; each goes to its type's topic and that topic's public copy, unless
 * wrapped in {@link InternalOnly}. A {@link Versioned} aggregate's write also carries the records it appends to
 * its logs (its history, the request that made it), which are moved to their own collections right after
 * ({@link AppendedRecords}). An aggregate that publishes no events (a recipient's settings) is written here too, for
 * those records: only a collection whose writes publish events must be one the relay reads.
 */
public class OutboxWriter {

    private final MongoTemplate mongo;
    private final OutboxProperties properties;
    private final TraceContext traceContext;
    private final OutboxSignal signal;
    private final Clock clock;
    private final AppendedRecords appended;

    OutboxWriter(MongoTemplate mongo, OutboxProperties properties, TraceContext traceContext, OutboxSignal signal,
            Clock clock, AppendedRecords appended) {
        this.mongo = mongo;
        this.properties = properties;
        this.traceContext = traceContext;
        this.signal = signal;
        this.clock = clock;
        this.appended = appended;
    }

    /**
     * Inserts a new aggregate with its events.
     *
     * @param subject the aggregate id: the events' subject and Kafka key
     * @return the events as they will be published
     * @throws org.springframework.dao.DuplicateKeyException when the aggregate already exists
     */
    public List<EventEnvelope> insert(Object aggregate, String subject, List<?> events) {
        List<Outgoing> envelopes = envelopes(subject, events);
        String collection = collection(aggregate.getClass(), !envelopes.isEmpty());
        Document document = new Document();
        mongo.getConverter().write(aggregate, document);
        if (!envelopes.isEmpty()) {
            document.put(Outbox.FIELD, entries(envelopes));
            document.put(Outbox.PENDING, true);
        }
        withAppended(document, collection, aggregate);
        mongo.insert(document, collection);
        if (!envelopes.isEmpty()) {
            signal.announce(collection, document.get("_id"));
        }
        appended.moveOut(collection, document);
        return envelopes.stream().map(Outgoing::envelope).toList();
    }

    /** A new aggregate with the events it causes, for {@link #insertAll}. */
    public record NewAggregate(Object aggregate, String subject, List<?> events) {
    }

    /**
     * Inserts many new aggregates of one type, each with its events, in one unordered bulk write (each
     * document is still written, with its events, atomically). Aggregates that exist already are left as
     * they are, with their events.
     *
     * @return the ids of the aggregates inserted by this call
     */
    public Set<Object> insertAll(Class<?> type, List<NewAggregate> aggregates) {
        if (aggregates.isEmpty()) {
            return Set.of();
        }
        String collection = collection(type, aggregates.stream().anyMatch(a -> !a.events().isEmpty()));
        List<Document> documents = new ArrayList<>();
        for (NewAggregate a : aggregates) {
            Document document = new Document();
            mongo.getConverter().write(a.aggregate(), document);
            List<Outgoing> envelopes = envelopes(a.subject(), a.events());
            if (!envelopes.isEmpty()) {
                document.put(Outbox.FIELD, entries(envelopes));
                document.put(Outbox.PENDING, true);
            }
            withAppended(document, collection, a.aggregate());
            documents.add(document);
        }
        Set<Integer> existing = InsertOnce.all(mongo.getCollection(collection), documents);
        Set<Object> inserted = new LinkedHashSet<>();
        for (int i = 0; i < documents.size(); i++) {
            if (!existing.contains(i)) {
                inserted.add(documents.get(i).get("_id"));
                if (documents.get(i).containsKey(Outbox.FIELD)) {
                    signal.announce(collection, documents.get(i).get("_id"));
                }
                appended.moveOut(collection, documents.get(i));
            }
        }
        return inserted;
    }

    /**
     * Applies {@code update} to the one document matching {@code query} (typically id and
     * expected version) and appends the events, atomically.
     *
     * @return whether a document matched (when none did, no event is stored)
     */
    public boolean update(Query query, Update update, Class<?> type, String subject, List<?> events) {
        return updateDocument(query, update, type, envelopes(subject, events), "_id") != null;
    }

    /**
     * Applies {@code update} to the document {@code query} matches, with the events, and returns the fields
     * {@code returned} of the document as the write left it (the database neither encodes nor sends the rest).
     */
    private Document updateDocument(Query query, Update update, Class<?> type, List<Outgoing> envelopes,
            String... returned) {
        String collection = collection(type, !envelopes.isEmpty());
        if (!envelopes.isEmpty()) {
            update.push(Outbox.FIELD).each(entries(envelopes).toArray());
            update.set(Outbox.PENDING, true);
        }
        Query returning = Query.of(query);
        returning.fields().include(returned);
        Document updated = mongo.findAndModify(returning, update, FindAndModifyOptions.options().returnNew(true),
                Document.class, collection);
        if (updated != null && !envelopes.isEmpty()) {
            signal.announce(collection, updated.get("_id"));
        }
        return updated;
    }

    /**
     * Overwrites every mapped field of {@code aggregate} in the document matching
     * {@code precondition}, keeping its pending events, and appends the new ones. A field that is
     * {@code null} in {@code aggregate} is removed from the document ({@link ReplacingUpdate}), so a
     * cleared deadline does not stay stored while its event says it is gone.
     *
     * @return whether the precondition matched
     */
    public boolean replace(Object aggregate, Query precondition, String subject, List<?> events) {
        return replaceWithEvents(aggregate, precondition, subject, events) != null;
    }

    /**
     * {@link #replace}, telling which events it appended: a replica that knows its own events need not read
     * again what it wrote when it hears them.
     *
     * @return the events as they will be published, or {@code null} when the precondition did not match
     */
    public List<EventEnvelope> replaceWithEvents(Object aggregate, Query precondition, String subject,
            List<?> events) {
        return replaceWithEvents(aggregate, precondition, subject, events, List.of());
    }

    /**
     * {@link #replaceWithEvents(Object, Query, String, List)}, appending {@code alsoAppended} with what the
     * aggregate's write appends: records that depend on the state it replaces as well as on the new one (the state
     * a year ended with, say), stored atomically with the write as the others are.
     */
    public List<EventEnvelope> replaceWithEvents(Object aggregate, Query precondition, String subject,
            List<?> events, List<Appended> alsoAppended) {
        Update update = ReplacingUpdate.of(mongo.getConverter(), aggregate);
        List<Appended> appendedByWrite = new ArrayList<>(aggregate instanceof Versioned<?> versioned
                ? AggregateLogs.appendedBy(mongo.getCollectionName(aggregate.getClass()), versioned)
                : List.of());
        appendedByWrite.addAll(alsoAppended);
        List<Document> records = appended.entries(appendedByWrite);
        if (!records.isEmpty()) {
            update.push(AppendedRecords.FIELD).each(records.toArray());
            update.set(AppendedRecords.PENDING, true);
        }
        List<Outgoing> envelopes = envelopes(subject, events);
        // what moving the appended records out needs of the document, not the aggregate the caller holds already
        Document updated = updateDocument(precondition, update, aggregate.getClass(), envelopes, "_id", "version",
                AppendedRecords.FIELD);
        if (updated == null) {
            return null;
        }
        // what the document holds now: this write's records, and any a crash left before
        appended.moveOut(mongo.getCollectionName(aggregate.getClass()), updated);
        return envelopes.stream().map(Outgoing::envelope).toList();
    }

    /** Puts the records a {@link Versioned} aggregate's write appends into its {@code document}. */
    private void withAppended(Document document, String collection, Object aggregate) {
        if (aggregate instanceof Versioned<?> versioned) {
            List<Document> records = appended.entries(AggregateLogs.appendedBy(collection, versioned));
            if (!records.isEmpty()) {
                document.put(AppendedRecords.FIELD, records);
                document.put(AppendedRecords.PENDING, true);
            }
        }
    }

    /** The events as they will be published, each with the topics it goes to. */
    private List<Outgoing> envelopes(String subject, List<?> events) {
        return events.stream().map(event -> {
            Object data = event instanceof InternalOnly internal ? internal.event() : event;
            EventEnvelope envelope = EventEnvelope.of(properties.source(), subject, data, clock.instant());
            String topic = EventType.ofType(envelope.type()).orElseThrow().topic();
            List<String> topics = event instanceof InternalOnly ? List.of(topic)
                    : Topics.publicCopy(topic).map(copy -> List.of(topic, copy)).orElse(List.of(topic));
            return new Outgoing(envelope, topics);
        }).toList();
    }

    private record Outgoing(EventEnvelope envelope, List<String> topics) {
    }

    private List<Document> entries(List<Outgoing> outgoing) {
        String traceparent = traceContext.currentTraceparent();
        return outgoing.stream()
                .map(o -> OutboxEntry.of(o.envelope(), o.topics(), traceparent))
                .map(OutboxDocuments::toDocument)
                .toList();
    }

    /** The aggregate's collection; one written with events must be one the relay reads. */
    private String collection(Class<?> type, boolean withEvents) {
        String collection = mongo.getCollectionName(type);
        if (withEvents && !properties.collections().contains(collection)) {
            throw new IllegalStateException("Collection '" + collection + "' is not listed in roadmap.outbox.collections,"
                    + " so its events would never be relayed");
        }
        return collection;
    }
}
