package org.roadmap.platform.storage;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.bson.Document;
import org.roadmap.platform.aggregate.AggregateLogs;
import org.roadmap.platform.aggregate.Appended;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Moves what documents of the earlier layout kept inside them (the whole {@code history} array, and
 * whatever else a service kept there, e.g. progress reports) to the logs of the current one, once, on
 * start. Each document is moved as a write would: its records are stored in their logs first (a record
 * stored twice is stored once), then the document is rewritten only if it has not changed since it was
 * read, so a crash or a concurrent writer at any point loses nothing and the next start finishes the work.
 */
public final class HistoryOutOfDocuments {

    private static final Logger log = LoggerFactory.getLogger(HistoryOutOfDocuments.class);

    /** What a service moves besides the history: adds records (as {@link AppendedRecords} entries) and fields to set or remove. */
    @FunctionalInterface
    public interface Also {
        void move(Document aggregate, List<Document> records, Update rewrite);
    }

    private HistoryOutOfDocuments() {
    }

    /** @return how many documents were moved; 0 when an earlier start finished the move */
    public static int run(MongoTemplate mongo, AppendedRecords appended, String collection, Also also) {
        String name = collection + ":history-out-of-documents";
        if (Migrations.done(mongo, name)) {
            return 0;
        }
        int moved = 0;
        int changedMeanwhile = 0;
        try (Stream<Document> all = mongo.stream(new Query(), Document.class, collection)) {
            for (Document aggregate : (Iterable<Document>) all::iterator) {
                if (aggregate.get("history") instanceof List<?>) {
                    if (move(mongo, appended, collection, aggregate, also)) {
                        moved++;
                    } else {
                        changedMeanwhile++;
                    }
                }
            }
        }
        if (moved > 0) {
            log.info("Moved the history of {} documents of {} to their own collections", moved, collection);
        }
        if (changedMeanwhile > 0) {
            // written by a replica of the earlier version while this one moved it: the next start moves it
            log.warn("{} documents of {} changed while their history was moved; the next start moves them",
                    changedMeanwhile, collection);
        } else {
            Migrations.finished(mongo, name);
        }
        return moved;
    }

    private static boolean move(MongoTemplate mongo, AppendedRecords appended, String collection, Document aggregate,
            Also also) {
        Object id = aggregate.get("_id");
        String aggregateId = String.valueOf(id);
        long version = aggregate.get("version", Number.class).longValue();
        List<Document> history = aggregate.getList("history", Document.class);
        List<Document> records = new ArrayList<>();
        List<Document> latest = new ArrayList<>();
        Map<String, Document> requests = new LinkedHashMap<>();
        for (int i = 0; i < history.size(); i++) {
            Document change = history.get(i);
            long changeVersion = change.get("version", Number.class).longValue();
            records.add(record(AggregateLogs.history(collection), Appended.numberedId(aggregateId, i + 1), aggregateId,
                    i + 1, change));
            if (changeVersion == version) {
                latest.add(change);
            }
            Document request = change.get("request", Document.class);
            if (request != null && request.getString("key") != null) {
                requests.putIfAbsent(request.getString("key"), new Document("key", request.getString("key"))
                        .append("digest", request.getString("digest")).append("version", changeVersion));
            }
        }
        requests.forEach((key, request) -> records.add(record(AggregateLogs.requests(collection),
                Appended.keyedId(aggregateId, key), aggregateId, 0, request)));
        Update rewrite = new Update().set("history", new Document("length", (long) history.size())
                .append("latest", latest));
        also.move(aggregate, records, rewrite);
        appended.moveOut(collection, new Document("_id", id).append("version", aggregate.get("version"))
                .append(AppendedRecords.FIELD, records));
        return mongo.updateFirst(new Query(where("_id").is(id).and("version").is(aggregate.get("version"))), rewrite,
                collection).getModifiedCount() > 0;
    }

    /** A record as {@link AppendedRecords} moves it. */
    public static Document record(String log, String id, String aggregateId, long number, Document record) {
        return new Document("_id", id).append("log", log).append("aggregate", aggregateId).append("number", number)
                .append("record", record);
    }
}
