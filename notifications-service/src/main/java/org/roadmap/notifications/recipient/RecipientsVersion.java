package org.roadmap.notifications.recipient;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * A counter that every write of a recipient or a subscription raises after it is stored, on every replica:
 * whoever keeps recipients and subscriptions in memory reads it (one look-up by {@code _id}) to know whether
 * what it holds is still current.
 */
@Component
public class RecipientsVersion {

    static final String COLLECTION = "recipients_version";
    private static final String ID = "recipients-and-subscriptions";

    private final MongoTemplate mongo;

    RecipientsVersion(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Called after a recipient or subscription was written. */
    public void raise() {
        mongo.upsert(new Query(where("_id").is(ID)), new Update().inc("v", 1L), COLLECTION);
    }

    /** The counter now; 0 before the first write. */
    public long current() {
        Document stamp = mongo.findById(ID, Document.class, COLLECTION);
        return stamp == null ? 0 : ((Number) stamp.get("v")).longValue();
    }
}
