package org.roadmap.platform.storage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.roadmap.platform.aggregate.AggregateLogs;
import org.roadmap.platform.aggregate.Appended;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The layout change that took the whole {@code history} array (and whatever else a service kept inside, e.g.
 * progress reports) out of aggregate documents: each change goes to the history log, each request with a key to
 * the requests log, and the document keeps how many changes it had and its latest write's ({@link OutOfDocuments}
 * moves it).
 */
public final class HistoryOutOfDocuments implements OutOfDocuments.Layout {

    /** What a service moves besides the history: adds records (as {@link AppendedRecords} entries) and fields to set or remove. */
    @FunctionalInterface
    public interface Also {
        void move(Document aggregate, List<Document> records, Update rewrite);
    }

    private final String collection;
    private final Also also;

    public HistoryOutOfDocuments(String collection, Also also) {
        this.collection = collection;
        this.also = also;
    }

    @Override
    public String name() {
        return "history-out-of-documents";
    }

    @Override
    public Query read() {
        return new Query();
    }

    @Override
    public OutOfDocuments.Taken take(Document aggregate) {
        if (!(aggregate.get("history") instanceof List<?>)) {
            return null;
        }
        String aggregateId = String.valueOf(aggregate.get("_id"));
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
        return new OutOfDocuments.Taken(records, rewrite);
    }

    /** A record as {@link AppendedRecords} moves it. */
    public static Document record(String log, String id, String aggregateId, long number, Document record) {
        return new Document("_id", id).append("log", log).append("aggregate", aggregateId).append("number", number)
                .append("record", record);
    }
}
