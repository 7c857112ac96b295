package org.roadmap.platform.storage;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.PartialIndexFilter;

/**
 * The index a sweep for marked documents reads ({@code {marker: true}}: pending events, records a crash left in
 * the document). Partial, so only the marked documents are in it: the sweep costs what it finds, not what the
 * collection holds, and unmarked writes do not touch it.
 */
public final class MarkerIndex {

    private MarkerIndex() {
    }

    /** Creates it, unless it exists: {@code marker}, then {@code thenBy} in the order the sweep reads them. */
    public static void ensure(MongoTemplate mongo, String collection, String marker, String... thenBy) {
        Index index = new Index().on(marker, Sort.Direction.ASC);
        for (String field : thenBy) {
            index.on(field, Sort.Direction.ASC);
        }
        mongo.indexOps(collection).createIndex(index.partial(PartialIndexFilter.of(where(marker).is(true))));
    }
}
