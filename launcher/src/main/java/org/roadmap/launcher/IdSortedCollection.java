package org.roadmap.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;

/**
 * A collection of the embedded server that answers a limited query sorted by {@code _id} from an index by reading
 * only the documents it returns. The library reads every candidate an index gives, sorts the documents and then
 * takes the first {@code limit}: the outbox relay's sweep ({@code {outboxPending: true, _id: {$gt: last}}}, by
 * {@code _id}, 500 at a time) read the whole backlog for every batch. A position is the document's {@code _id}, so
 * here the candidates are sorted as MongoDB orders ids, those a string bound on {@code _id} excludes are dropped
 * unread, and documents are read in that order until {@code limit} match.
 */
final class IdSortedCollection extends H2Collection {

    private static final String ID = "_id";

    IdSortedCollection(MongoDatabase database, String collectionName, CollectionOptions options,
            MVMap<Object, Document> documents, MVMap<String, Object> meta, CursorRegistry cursors) {
        super(database, collectionName, options, documents, meta, cursors);
    }

    @Override
    protected QueryResult matchDocuments(Document query, Iterable<Object> positions, Document orderBy,
            int numberToSkip, int limit, int batchSize, Document fieldSelector) {
        if (limit <= 0 || orderBy == null || orderBy.size() != 1 || !(orderBy.get(ID) instanceof Number direction)) {
            return super.matchDocuments(query, positions, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }
        Object bounds = query.get(ID);
        List<Object> ids = new ArrayList<>();
        for (Object position : positions) {
            if (!(bounds instanceof Document range) || withinStringBounds(position, range)) {
                ids.add(position);
            }
        }
        ids.sort(direction.intValue() > 0 ? ValueComparator.asc() : ValueComparator.desc());
        // in the order asked for already: no comparator, so the stream stops reading at the limit
        return matchDocumentsFromStream(query, ids.stream().map(this::getDocument), numberToSkip, limit, batchSize,
                null, fieldSelector);
    }

    /**
     * False only where the query certainly turns the document down: a string id outside a string bound. MongoDB
     * compares a string only with strings, so an id or a bound of another type is left to the query.
     */
    private static boolean withinStringBounds(Object id, Document range) {
        if (!(id instanceof String value)) {
            return true;
        }
        for (Map.Entry<String, Object> bound : range.entrySet()) {
            if (!(bound.getValue() instanceof String limit)) {
                continue;
            }
            int comparison = value.compareTo(limit);
            boolean outside = switch (bound.getKey()) {
                case "$gt" -> comparison <= 0;
                case "$gte" -> comparison < 0;
                case "$lt" -> comparison >= 0;
                case "$lte" -> comparison > 0;
                default -> false;
            };
            if (outside) {
                return false;
            }
        }
        return true;
    }
}
