package org.roadmap.launcher;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.MVMap;

/**
 * A collection of the embedded server that finds the documents a query names by {@code _id} by looking them up,
 * where the library compares each candidate with the whole query:
 * <ul>
 * <li>{@code {_id: {$in: ids}, ...}}, how the services read, update and delete a batch (alerts fired, events
 * relayed, items read): the library compared every candidate with each id of the list, and an update did it
 * twice (the match, then the position for {@code $}), a cost that grew with the square of the batch. Here a
 * list of string ids is a set, and a multi-document update goes id by id through the {@code _id} index.</li>
 * <li>a limited query sorted by {@code _id} from an index, such as the outbox relay's sweep
 * ({@code {outboxPending: true, _id: {$gt: last}}}, 500 at a time): the library read every candidate, sorted
 * the documents and then took the first {@code limit}, so the sweep read the whole backlog for every batch.
 * Here the candidates (their positions are their ids) are sorted as MongoDB orders ids, those a string bound
 * on {@code _id} excludes are dropped unread, and documents are read in that order until {@code limit}
 * match.</li>
 * </ul>
 * What matches is unchanged: the rest of the query is still the library's to decide.
 * <p>
 * The size of the documents ({@code collStats}, {@code dbStats}) is worked out when asked for. The library kept it
 * at each write: it encoded the document to BSON once for an insert or a delete and twice for an update, only to
 * count its bytes, and rewrote the collection's metadata in H2 every time, a tenth of the server's work under the
 * platform's writes.
 */
final class IdLookupCollection extends CopyOnWriteCollection {

    private static final String ID = "_id";

    /** The string ids of the last {@code $in} query, kept by identity: the library asks once per candidate. */
    private volatile IdList lastIdList;

    private final MVMap<Object, Document> documents;

    IdLookupCollection(MongoDatabase database, String collectionName, CollectionOptions options,
            MVMap<Object, Document> documents, MVMap<String, Object> meta, CursorRegistry cursors) {
        super(database, collectionName, options, documents, meta, cursors);
        this.documents = documents;
    }

    @Override
    protected boolean tracksDataSize() {
        return false;
    }

    @Override
    protected int getDataSize() {
        if (documents == null) {
            // the library's constructor asks, for a debug line, before this one has run: answering would encode
            // every document of every collection at each start
            return 0;
        }
        long bytes = 0;
        ByteBuf bson = Unpooled.buffer();
        try {
            for (Document document : documents.values()) {
                bson.clear();
                BsonEncoder.encodeDocument(document, bson);
                bytes += bson.writerIndex();
            }
        } finally {
            bson.release();
        }
        return (int) Math.min(Integer.MAX_VALUE, bytes);
    }

    @Override
    protected boolean documentMatchesQuery(Document document, Document query) {
        IdList ids = idList(query);
        if (ids == null) {
            return super.documentMatchesQuery(document, query);
        }
        // MongoDB matches a string only with an equal string, and an _id is never an array
        return document.get(ID) instanceof String id && ids.ids().contains(id)
                && (ids.rest().isEmpty() || super.documentMatchesQuery(document, ids.rest()));
    }

    @Override
    public synchronized Document updateDocuments(Document selector, Document update, ArrayFilters arrayFilters,
            boolean isMulti, boolean isUpsert, Oplog oplog) {
        IdList ids = isMulti && !isUpsert ? idList(selector) : null;
        if (ids == null) {
            return super.updateDocuments(selector, update, arrayFilters, isMulti, isUpsert, oplog);
        }
        // each id matches one document at most: the same documents updated, each found by the _id index
        int matched = 0;
        int modified = 0;
        for (String id : ids.ids()) {
            Document one = new Document(selector);
            one.put(ID, id);
            Document result = super.updateDocuments(one, update, arrayFilters, false, false, oplog);
            matched += ((Number) result.get("n")).intValue();
            modified += ((Number) result.get("nModified")).intValue();
        }
        return new Document("n", matched).append("nModified", modified);
    }

    /** The query's {@code _id: {$in: [strings]}} as a set and the query without it; null for any other query. */
    private IdList idList(Document query) {
        IdList last = lastIdList;
        if (last != null && last.query() == query) {
            return last;
        }
        if (!(query.get(ID) instanceof Document condition) || condition.size() != 1
                || !(condition.get("$in") instanceof Collection<?> values)) {
            return null;
        }
        Set<String> ids = new LinkedHashSet<>();
        for (Object value : values) {
            if (!(value instanceof String id)) {
                return null;
            }
            ids.add(id);
        }
        Document rest = new Document(query);
        rest.remove(ID);
        IdList list = new IdList(query, ids, rest);
        lastIdList = list;
        return list;
    }

    private record IdList(Document query, Set<String> ids, Document rest) {
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
