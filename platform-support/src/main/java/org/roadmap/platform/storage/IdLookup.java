package org.roadmap.platform.storage;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Whether a document exists, found by its {@code _id}. {@link MongoTemplate#exists} counts instead
 * ({@code countDocuments}, an aggregation), which the embedded MongoDB-wire server answers by reading
 * every document of the collection: a check that costs more with each document stored. A find by
 * {@code _id} is an index look-up on both servers.
 */
public final class IdLookup {

    private IdLookup() {
    }

    public static boolean exists(MongoTemplate mongo, String collection, Object id) {
        Query byId = new Query(where("_id").is(id)).limit(1);
        byId.fields().include("_id");
        return mongo.findOne(byId, Document.class, collection) != null;
    }
}
