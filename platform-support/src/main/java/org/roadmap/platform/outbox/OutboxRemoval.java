package org.roadmap.platform.outbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Takes a relayed batch's acknowledged events out of their documents. Only what the broker acknowledged
 * goes, by event id, so an event a write appended meanwhile stays, with the document's pending marker; the
 * marker goes only with the last event, in the same single-document write. Every condition is on the
 * document as it is when written, not as it was read, so a second relay overlapping this one (a lease that
 * ran out) cannot make it drop an event either.
 */
final class OutboxRemoval {

    private final MongoTemplate mongo;

    OutboxRemoval(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * @param batch        the documents as read, each with its outbox, in {@code _id} order
     * @param acknowledged per document, the ids of its events the broker acknowledged on every topic
     */
    void remove(String collection, List<Document> batch, Map<Object, List<String>> acknowledged) {
        if (batch.isEmpty()) {
            return;
        }
        // the documents all of whose events read were acknowledged: these the first write empties
        long emptied = batch.stream().filter(document -> acknowledged.getOrDefault(document.get("_id"), List.of())
                .size() == document.getList(Outbox.FIELD, Document.class, List.of()).size()).count();
        List<Object> ids = batch.stream().map(document -> document.get("_id")).toList();
        // The common case in one write per document, sent together: nothing was appended, so the outbox now
        // holds only acknowledged events (or none, a marker a crash left) and is emptied with its marker. Each
        // write names its own document and events, which the _id index answers on the embedded server too: one
        // write for the batch, {_id: {$in: ids}} with every event id, had that server check each document against
        // both whole lists, a cost that grew with the square of the batch.
        BulkOperations emptying = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
        for (Object id : ids) {
            emptying.updateOne(new Query(where("_id").is(id).and(Outbox.PENDING).is(true).and(Outbox.FIELD).not()
                    .elemMatch(where("id").nin(acknowledged.getOrDefault(id, List.of())))),
                    new Update().set(Outbox.FIELD, List.of()).unset(Outbox.PENDING));
        }
        long matched = emptying.execute().getMatchedCount();
        if (matched != emptied || emptied < batch.size()) {
            removeOneByOne(collection, ids, acknowledged);
        }
    }

    /**
     * Where a write appended events meanwhile, or some events were not acknowledged: each document loses
     * exactly its acknowledged events, then its marker if nothing is left (documents already emptied above
     * are left as they are).
     */
    private void removeOneByOne(String collection, List<Object> ids, Map<Object, List<String>> acknowledged) {
        BulkOperations removal = mongo.bulkOps(BulkOperations.BulkMode.ORDERED, collection);
        acknowledged.forEach((id, eventIds) -> removal.updateOne(new Query(where("_id").is(id)),
                new Update().pull(Outbox.FIELD, new Document("id", new Document("$in", eventIds)))));
        for (Object id : ids) {
            removal.updateOne(new Query(where("_id").is(id).and(Outbox.PENDING).is(true).and(Outbox.FIELD + ".0")
                    .exists(false)), new Update().unset(Outbox.PENDING));
        }
        removal.execute();
    }
}
