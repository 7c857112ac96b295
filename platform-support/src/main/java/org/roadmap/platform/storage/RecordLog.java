package org.roadmap.platform.storage;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bson.Document;
import org.roadmap.platform.aggregate.Appended;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;

/**
 * One log of records aggregates of one collection append ({@link Appended}), read by key: a page is the
 * records numbered {@code n} down to {@code n - size + 1}, fetched by their ids, so reading it costs the
 * same however many records the log holds, on the embedded server as on a replica set.
 *
 * @param <T> the records' type
 */
public final class RecordLog<T> {

    private static final int CHUNK = 1_000;
    private static final Comparator<Document> BY_NUMBER = Comparator.comparingLong(d -> d.get("number", Number.class)
            .longValue());

    private final MongoTemplate mongo;
    private final AppendedRecords appended;
    private final String aggregateCollection;
    private final String collection;
    private final Class<T> type;

    public RecordLog(MongoTemplate mongo, AppendedRecords appended, String aggregateCollection, String collection,
            Class<T> type) {
        this.mongo = mongo;
        this.appended = appended;
        this.aggregateCollection = aggregateCollection;
        this.collection = collection;
        this.type = type;
    }

    /** The indexes a replica set needs to answer {@link #byRecordId} and queries over an aggregate's records. */
    public RecordLog<T> withIndexes() {
        var indexes = mongo.indexOps(collection);
        indexes.createIndex(new Index().on("aggregate", Sort.Direction.ASC).on("number", Sort.Direction.ASC)
                .named("aggregate_number"));
        indexes.createIndex(new Index().on("recordId", Sort.Direction.ASC).unique().sparse().named("record_id"));
        return this;
    }

    /**
     * Page {@code page} (from 0) of aggregate {@code aggregateId}'s records, newest first.
     *
     * @param length how many records the aggregate has appended, as its document says
     */
    public List<T> newestFirst(String aggregateId, long length, int page, int size) {
        long newest = length - (long) page * size;
        long oldest = Math.max(1, newest - size + 1);
        if (newest < 1) {
            return List.of();
        }
        List<Object> ids = new ArrayList<>();
        for (long n = newest; n >= oldest; n--) {
            ids.add(Appended.numberedId(aggregateId, n));
        }
        return read(aggregateId, ids, BY_NUMBER.reversed());
    }

    /** All of aggregate {@code aggregateId}'s records, oldest first. */
    public List<T> all(String aggregateId, long length) {
        return between(aggregateId, 0, length);
    }

    /**
     * Aggregate {@code aggregateId}'s records numbered after {@code after} up to {@code upTo}, oldest first: those
     * appended between two moments whose lengths the caller knows (a year's, say), read by id as a page is.
     */
    public List<T> between(String aggregateId, long after, long upTo) {
        List<T> found = new ArrayList<>();
        for (long from = after + 1; from <= upTo; from += CHUNK) {
            List<Object> ids = new ArrayList<>();
            for (long n = from; n < from + CHUNK && n <= upTo; n++) {
                ids.add(Appended.numberedId(aggregateId, n));
            }
            found.addAll(read(aggregateId, ids, BY_NUMBER));
        }
        return found;
    }

    /** The record of {@code aggregateId} with its own id {@code recordId}; none when it is another aggregate's. */
    public Optional<T> byRecordId(String aggregateId, String recordId) {
        // by the record id alone, which its unique index answers on either server; then whose it is
        return Optional.ofNullable(mongo.findOne(new Query(where("recordId").is(recordId)), Document.class,
                collection)).filter(found -> aggregateId.equals(found.get("aggregate"))).map(this::record);
    }

    /** The aggregate's record kept under {@code key}. */
    public Optional<T> byKey(String aggregateId, String key) {
        return Optional.ofNullable(mongo.findById(Appended.keyedId(aggregateId, key), Document.class, collection))
                .map(this::record);
    }

    /**
     * The records kept under any of {@code keys} for each aggregate of {@code aggregateIds}, by aggregate (those
     * with none left out), read by id a thousand at a time.
     */
    public Map<String, List<T>> byKeys(Collection<String> aggregateIds, Collection<String> keys) {
        List<Object> ids = new ArrayList<>();
        for (String aggregateId : aggregateIds) {
            keys.forEach(key -> ids.add(Appended.keyedId(aggregateId, key)));
        }
        Map<String, List<T>> found = new LinkedHashMap<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            for (Document document : find(ids.subList(from, Math.min(ids.size(), from + CHUNK)))) {
                found.computeIfAbsent(document.getString("aggregate"), a -> new ArrayList<>()).add(record(document));
            }
        }
        return found;
    }

    private List<T> read(String aggregateId, List<Object> ids, Comparator<Document> order) {
        List<Document> found = find(ids);
        if (found.size() < ids.size() && appended.moveLeftOf(aggregateCollection, aggregateId)) {
            found = find(ids);
        }
        return found.stream().sorted(order).map(this::record).toList();
    }

    private List<Document> find(List<Object> ids) {
        return mongo.find(new Query(where("_id").in(ids)), Document.class, collection);
    }

    private T record(Document document) {
        return mongo.getConverter().read(type, document.get("record", Document.class));
    }
}
