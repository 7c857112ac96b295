package org.roadmap.platform.test;

import java.util.ArrayList;
import java.util.List;

import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;

/**
 * The tests' in-memory MongoDB-wire server, whose queries answer with copies of the documents they found, taken
 * while the query holds the collection: the library changes a stored document in place, field by field, and
 * answered with the stored document itself, encoded after the query had let the collection go, so a test could
 * be sent half of a write, or no answer at all. (The launcher's storage writes a new document instead; its
 * {@code CopyOnWriteCollection}. This library's in-memory collection keeps no other copy to write to.) The copy
 * is shallow: an update builds a changed field's new value afresh.
 */
public final class SnapshotReadsMemoryBackend extends MemoryBackend {

    @Override
    public MemoryDatabase openOrCreateDatabase(String databaseName) {
        return new MemoryDatabase(databaseName, getCursorRegistry()) {
            @Override
            protected MemoryCollection openOrCreateCollection(String collectionName, CollectionOptions options) {
                return new SnapshotReadsCollection(this, collectionName, options, cursorRegistry);
            }
        };
    }

    private static final class SnapshotReadsCollection extends MemoryCollection {

        /** Guarded by this collection's monitor, which the library's writes and queries take. */
        private boolean updating;

        SnapshotReadsCollection(MemoryDatabase database, String name, CollectionOptions options,
                CursorRegistry cursors) {
            super(database, name, options, cursors);
        }

        @Override
        public synchronized Document updateDocuments(Document selector, Document update, ArrayFilters arrayFilters,
                boolean isMulti, boolean isUpsert, Oplog oplog) {
            updating = true;
            try {
                return super.updateDocuments(selector, update, arrayFilters, isMulti, isUpsert, oplog);
            } finally {
                updating = false;
            }
        }

        @Override
        public synchronized Document findAndModify(Document query) {
            updating = true;
            try {
                return super.findAndModify(query);
            } finally {
                updating = false;
            }
        }

        /**
         * Every document a query answers, in its first batch and in its cursor's next ones; an update changes the
         * stored ones themselves.
         */
        @Override
        protected QueryResult createQueryResult(List<Document> matched, int batchSize) {
            if (updating) {
                return super.createQueryResult(matched, batchSize);
            }
            List<Document> copies = new ArrayList<>(matched.size());
            matched.forEach(document -> copies.add(document.clone()));
            return super.createQueryResult(copies, batchSize);
        }
    }
}
