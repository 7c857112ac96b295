package org.roadmap.launcher;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.KeyConstraintError;

/**
 * A unique index on one field that also serves a query pinning that field among other conditions. The library
 * uses an index only for a query on exactly its fields, so {@code {_id: x, version: 3}} (every optimistic write
 * of an aggregate) or {@code {_id: {$in: ids}, pending: true}} read every document of the collection: a write
 * cost more with each document stored. Here the pinned value (or {@code $in} list) picks the few candidates and
 * the collection still checks each one against the whole query, so what matches is unchanged.
 */
final class NarrowingIndex<P> extends Index<P> {

    private final Index<P> index;
    private final String field;

    private NarrowingIndex(Index<P> index, boolean sparse) {
        super(index.getName(), index.getKeys(), sparse);
        this.index = index;
        this.field = index.getKeys().get(0).getKey();
    }

    /** The index itself where it spans several fields: a compound key is not narrowed by one of its parts. */
    static <P> Index<P> of(Index<P> index, boolean sparse) {
        return index.getKeys().size() == 1 ? new NarrowingIndex<>(index, sparse) : index;
    }

    @Override
    public boolean canHandle(Document query) {
        return index.canHandle(query) || query.size() > 1 && query.containsKey(field)
                && index.canHandle(pinned(query));
    }

    @Override
    public Iterable<P> getPositions(Document query) {
        return index.getPositions(index.canHandle(query) ? query : pinned(query));
    }

    private Document pinned(Document query) {
        return new Document(field, query.get(field));
    }

    @Override
    public P getPosition(Document document) {
        return index.getPosition(document);
    }

    @Override
    public void checkAdd(Document document, MongoCollection<P> collection) {
        index.checkAdd(document, collection);
    }

    @Override
    public void add(Document document, P position, MongoCollection<P> collection) {
        index.add(document, position, collection);
    }

    @Override
    public P remove(Document document) {
        return index.remove(document);
    }

    @Override
    public long getCount() {
        return index.getCount();
    }

    @Override
    public long getDataSize() {
        return index.getDataSize();
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<P> collection) {
        index.checkUpdate(oldDocument, newDocument, collection);
    }

    @Override
    public void updateInPlace(Document oldDocument, Document newDocument, P position, MongoCollection<P> collection)
            throws KeyConstraintError {
        index.updateInPlace(oldDocument, newDocument, position, collection);
    }

    @Override
    public void drop() {
        index.drop();
    }

    @Override
    public boolean isUnique() {
        return index.isUnique();
    }

    @Override
    public Document toIndexDescription() {
        return index.toIndexDescription();
    }

    @Override
    public String toString() {
        return index.toString();
    }
}
