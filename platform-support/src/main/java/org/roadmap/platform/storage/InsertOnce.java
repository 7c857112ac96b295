package org.roadmap.platform.storage;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertManyOptions;

import org.bson.Document;

/**
 * Inserts documents whose ids are deterministic, in one unordered bulk write, where one already stored
 * under its id is success: a retry, a replay or a second move stores nothing twice.
 */
public final class InsertOnce {

    private InsertOnce() {
    }

    /** @return the positions in {@code documents} of those that were stored already */
    public static Set<Integer> all(MongoCollection<Document> collection, List<Document> documents) {
        Set<Integer> existing = new HashSet<>();
        try {
            collection.insertMany(documents, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                existing.add(error.getIndex());
            }
        }
        return existing;
    }
}
