package org.roadmap.launcher;

import java.util.List;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 backend whose unique indexes (every collection's {@code _id} and the unique indexes
 * the services declare) use {@link IndexKeyType} and serve queries that pin their field among other conditions
 * ({@link NarrowingIndex}), whose other indexes serve queries too ({@link SecondaryIndex}; the library only records
 * them), whose collections keep their documents in BSON ({@link DocumentValueType}) and read no more of them than
 * a limited query by {@code _id} returns ({@link IdLookupCollection}), and whose updates write a new document
 * rather than change one a reader may hold ({@link CopyOnWriteCollection}). The library opens an index's or a
 * collection's map by name with H2's default types; opened here first with these, the library's own opening finds
 * it open and uses it. A data directory made before opens unchanged, and its other indexes are built on opening.
 */
public final class IndexedH2Backend extends H2Backend {

    private static final IndexKeyType INDEX_KEYS = new IndexKeyType();
    private static final DocumentValueType DOCUMENTS = new DocumentValueType();

    public IndexedH2Backend(MVStore store) {
        super(store);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new IndexedDatabase(databaseName);
    }

    /** Inner, not static: it reaches the store while the library's constructor opens its indexes. */
    private final class IndexedDatabase extends H2Database {

        IndexedDatabase(String databaseName) {
            super(databaseName, IndexedH2Backend.this.getMvStore(), IndexedH2Backend.this.getCursorRegistry());
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            // the names the library gives a collection's maps of documents and of sizes
            String namespace = getFullCollectionNamespace(collectionName);
            MVMap<Object, Document> documents = store().openMap("databases." + namespace,
                    new MVMap.Builder<Object, Document>().valueType(DOCUMENTS));
            return new IdLookupCollection(this, collectionName, options, documents,
                    store().openMap("meta." + namespace), cursorRegistry);
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                boolean sparse) {
            store().openMap(getFullCollectionNamespace(collectionName) + "._index_" + indexName,
                    new MVMap.Builder<Object, Object>().keyType(INDEX_KEYS));
            return NarrowingIndex.of(super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse), sparse);
        }

        @Override
        protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
                boolean sparse) {
            if (!SecondaryIndex.canIndex(keys)) {
                return super.openOrCreateSecondaryIndex(collectionName, indexName, keys, sparse);
            }
            // the name the library gives an index's map, so that dropping the index or its collection removes it
            String map = getFullCollectionNamespace(collectionName) + "._index_" + indexName;
            return new SecondaryIndex(store().openMap(map), indexName, keys);
        }

        private MVStore store() {
            return IndexedH2Backend.this.getMvStore();
        }
    }
}
