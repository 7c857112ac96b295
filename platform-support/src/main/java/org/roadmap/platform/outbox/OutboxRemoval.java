package org.roadmap.platform.outbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Takes a relayed batch's acknowledged events out of their documents. Only what the broker acknowledged
 * goes, by event id, so an event a write appended meanwhile stays, with the document's pending marker; the
 * marker goes only with the last event, in the same single-document write. Every condition is checked on the
 * document as it is when written, so a second relay overlapping this one (a lease that ran out) cannot make it
 * drop an event either.
 */
final class OutboxRemoval {

    private final MongoTemplate mongo;

    OutboxRemoval(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * @param batch        the documents as read, each with its outbox
     * @param acknowledged per document, the ids of its events the broker acknowledged on every topic
     */
    void remove(String collection, List<Document> batch, Map<Object, List<String>> acknowledged) {
        if (batch.isEmpty()) {
            return;
        }
        // The common case in one write per document, sent together: nothing was appended, so the outbox holds
        // only acknowledged events (or none, a marker a crash left) and is emptied with its marker. Each is found
        // by its _id, and checked against its own outbox only, not against the whole batch's lists of ids (which
        // the embedded server would compare with every document: a cost growing with the square of the batch).
        BulkOperations emptying = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
        int emptied = 0;
        for (Document document : batch) {
            List<Document> read = document.getList(Outbox.FIELD, Document.class, List.of());
            if (acknowledged.getOrDefault(document.get("_id"), List.of()).size() == read.size()) {
                emptying.updateOne(unchangedSinceRead(document.get("_id"), read),
                        new Update().set(Outbox.FIELD, List.of()).unset(Outbox.PENDING));
                emptied++;
            }
        }
        long matched = emptied == 0 ? 0 : emptying.execute().getMatchedCount();
        if (matched != emptied || emptied < batch.size()) {
            removeOneByOne(collection, batch, acknowledged);
        }
    }

    /**
     * The outbox exactly as read: events are only appended at its end and only acknowledged ones taken out, so
     * one that still ends with the last event read and has as many events holds exactly those read.
     */
    private static Query unchangedSinceRead(Object id, List<Document> read) {
        Criteria unchanged = where("_id").is(id).and(Outbox.PENDING).is(true).and(Outbox.FIELD).size(read.size());
        return new Query(read.isEmpty() ? unchanged : unchanged.and(Outbox.FIELD + "." + (read.size() - 1) + ".id")
                .is(read.get(read.size() - 1).getString("id")));
    }

    /**
     * Where a write appended events meanwhile, or some events were not acknowledged: each document loses
     * exactly its acknowledged events, then its marker if nothing is left (documents already emptied above
     * are left as they are).
     */
    private void removeOneByOne(String collection, List<Document> batch, Map<Object, List<String>> acknowledged) {
        BulkOperations removal = mongo.bulkOps(BulkOperations.BulkMode.ORDERED, collection);
        for (Document document : batch) {
            Object id = document.get("_id");
            List<String> eventIds = acknowledged.get(id);
            if (eventIds != null) {
                removal.updateOne(new Query(where("_id").is(id)),
                        new Update().pull(Outbox.FIELD, new Document("id", new Document("$in", eventIds))));
            }
            removal.updateOne(new Query(where("_id").is(id).and(Outbox.PENDING).is(true)
                    .and(Outbox.FIELD + ".0").exists(false)), new Update().unset(Outbox.PENDING));
        }
        removal.execute();
    }
}
