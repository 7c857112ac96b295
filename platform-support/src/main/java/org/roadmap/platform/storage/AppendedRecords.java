package org.roadmap.platform.storage;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


import org.bson.Document;
import org.roadmap.platform.aggregate.AggregateLogs;
import org.roadmap.platform.aggregate.AggregateLogs.RequestRecord;
import org.roadmap.platform.aggregate.Appended;
import org.roadmap.platform.aggregate.Change;
import org.roadmap.platform.aggregate.VersionedWrite.EarlierRequests;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Records a write appends to its aggregate's logs ({@link Appended}): they ride in the aggregate's
 * document, in the same single-document write as the state change, and are then moved, a document each,
 * to their log's collection. A crash between the two leaves them in the document, where the next move
 * (a later write's, a read that finds one missing, the sweep on start) finds them; a record moved twice
 * is stored once. So the document stays small however long its history, and nothing a write appended
 * is lost (ADR 9).
 */
public class AppendedRecords {

    /** Records appended and not yet moved, in the aggregate's document. */
    public static final String FIELD = "appended";

    /** Present while {@link #FIELD} may hold records: an indexable marker for the sweep. */
    public static final String PENDING = "appendedPending";

    private final MongoTemplate mongo;

    public AppendedRecords(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The log {@code log} of aggregates of {@code collection}, whose records are of {@code type}. */
    public <T> RecordLog<T> log(String collection, String log, Class<T> type) {
        return new RecordLog<>(mongo, this, collection, log, type);
    }

    /** The history of aggregates of {@code collection}. */
    public RecordLog<Change> history(String collection) {
        return log(collection, AggregateLogs.history(collection), Change.class);
    }

    /** Where a {@link org.roadmap.platform.aggregate.VersionedWrite} finds the requests that changed aggregates of {@code collection}. */
    public EarlierRequests requests(String collection) {
        RecordLog<RequestRecord> requests = log(collection, AggregateLogs.requests(collection), RequestRecord.class);
        return (id, key) -> requests.byKey(id, key).map(RequestRecord::request);
    }

    /** The documents {@code appended} are stored as, inside the aggregate's document until moved. */
    public List<Document> entries(List<Appended> appended) {
        return appended.stream().map(this::entry).toList();
    }

    /**
     * Stores the records {@code written} (an aggregate's document as its write left it) holds in their logs, then
     * empties its {@link #FIELD} unless a later write has changed the document since: that write moves what it
     * finds there, these records included (a record stored twice is stored once).
     */
    public void moveOut(String collection, Document written) {
        List<Document> entries = written.getList(FIELD, Document.class, List.of());
        if (entries.isEmpty()) {
            return;
        }
        insertIntoLogs(entries);
        mongo.updateFirst(new Query(where("_id").is(written.get("_id")).and("version").is(written.get("version"))),
                new Update().unset(FIELD).unset(PENDING), collection);
    }

    /**
     * Stores {@code records} straight into their logs, each once: for records made from an aggregate's logs
     * themselves, on start, which no write of the aggregate carries.
     */
    public void store(List<Appended> records) {
        insertIntoLogs(entries(records));
    }

    /** Each entry into its log's collection, once (a record inserted twice is stored once). */
    void insertIntoLogs(List<Document> entries) {
        Map<String, List<Document>> byLog = new LinkedHashMap<>();
        for (Document entry : entries) {
            Document record = new Document(entry);
            String log = (String) record.remove("log");
            byLog.computeIfAbsent(log, l -> new ArrayList<>()).add(record);
        }
        byLog.forEach((log, records) -> InsertOnce.all(mongo.getCollection(log), records));
    }

    /** Moves whatever aggregate {@code id} still holds; for a reader that found a record missing. */
    public boolean moveLeftOf(String collection, Object id) {
        Query byId = new Query(where("_id").is(id).and(PENDING).is(true));
        byId.fields().include(FIELD).include("version");
        Document found = mongo.findOne(byId, Document.class, collection);
        if (found == null) {
            return false;
        }
        moveOut(collection, found);
        return true;
    }

    /**
     * Moves what crashes left in any aggregate of {@code collection}; run on start, reading the marked documents by
     * their {@link MarkerIndex}, not the collection.
     */
    public int sweep(String collection) {
        MarkerIndex.ensure(mongo, collection, PENDING);
        Query pending = new Query(where(PENDING).is(true));
        pending.fields().include(FIELD).include("version");
        int moved = 0;
        for (Document found : mongo.find(pending, Document.class, collection)) {
            moveOut(collection, found);
            moved++;
        }
        return moved;
    }

    private Document entry(Appended a) {
        Document record = new Document();
        mongo.getConverter().write(a.record(), record);
        record.remove("_class");
        Document entry = new Document("_id", a.id()).append("log", a.log()).append("aggregate", a.aggregateId())
                .append("number", a.number());
        if (a.recordId() != null) {
            entry.append("recordId", a.recordId());
        }
        return entry.append("record", record);
    }
}
