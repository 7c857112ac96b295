package org.roadmap.launcher;

import java.util.ArrayList;
import java.util.List;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import org.h2.mvstore.MVMap;

/**
 * A collection of the embedded server whose updates write a new document instead of changing the stored one, as
 * MongoDB's single-document atomicity requires. The library changed the stored document in place, field by field,
 * while a query's answer may still hold it: it is encoded for the client after the query has let go of the
 * collection, so a reader could be sent half of a write (a new {@code version} beside old state, an {@code ETag}
 * for a state that never was), or fail to be answered when the fields changed under the encoder. Here an update
 * changes a copy of each document it matched, and the copy replaces the stored one; what readers hold is never
 * changed again, nor what H2's background store encodes to disk while writes go on. The copy is shallow: the library
 * builds a changed field's new value afresh.
 */
class CopyOnWriteCollection extends H2Collection {

    /** Guarded by this collection's monitor, which the library's writes and queries take. */
    private boolean updating;

    CopyOnWriteCollection(MongoDatabase database, String collectionName, CollectionOptions options,
            MVMap<Object, Document> documents, MVMap<String, Object> meta, CursorRegistry cursors) {
        super(database, collectionName, options, documents, meta, cursors);
    }

    @Override
    public synchronized Document updateDocuments(Document selector, Document update, ArrayFilters arrayFilters,
            boolean isMulti, boolean isUpsert, Oplog oplog) {
        boolean before = updating; // true when IdLookupCollection updates a batch id by id
        updating = true;
        try {
            return super.updateDocuments(selector, update, arrayFilters, isMulti, isUpsert, oplog);
        } finally {
            updating = before;
        }
    }

    @Override
    public synchronized Document findAndModify(Document query) {
        boolean before = updating;
        updating = true;
        try {
            return super.findAndModify(query);
        } finally {
            updating = before;
        }
    }

    @Override
    protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit,
            int batchSize, Document fieldSelector) {
        QueryResult found = super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        if (!updating) {
            return found;
        }
        List<Document> copies = new ArrayList<>();
        found.forEach(document -> copies.add(document.clone()));
        return new QueryResult(copies, found.getCursorId());
    }
}
