package org.roadmap.launcher;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;

/**
 * A non-unique index of the embedded server, which the library itself only records and never uses: every query on
 * a field the services index for a replica set (an outbox's pending marker, a delivery's recipient) read the whole
 * collection. It serves a query that pins the index's first field to a string or a boolean, whatever else the query
 * asks: the pinned value picks the candidates and the collection still checks each one against the whole query, so
 * what matches is unchanged. Entries are {@code [value, position]} in an H2 map stored with the collection's, so
 * both are written, and survive a crash, together; a document whose field holds an array has an entry per string or
 * boolean in it, and one without such a value has none (a query for it is not served here).
 */
final class SecondaryIndex extends Index<Object> {

    private static final String ID = "_id";

    /** Present once the map holds every document's entries; a map without it is built when the index is added. */
    private static final Object[] BUILT = {};

    private final MVMap<Object[], Boolean> entries;
    private final String field;

    SecondaryIndex(MVMap<Object[], Boolean> entries, String name, List<IndexKey> keys) {
        // sparse: a document without entries is one the collection's removal need not find here
        super(name, keys, true);
        this.entries = entries;
        this.field = keys.get(0).getKey();
    }

    /** Whether an index on {@code keys} is kept here: not when its first field is {@code _id} or a sub-document's. */
    static boolean canIndex(List<IndexKey> keys) {
        String first = keys.get(0).getKey();
        return !first.contains(".") && !first.equals(ID);
    }

    /**
     * Whether the collection must build this index from its documents: the library asks this once, when it adds
     * the index, and then adds every document it holds. A map that was never built (new, or a data directory from a
     * version that did not keep these indexes) is marked built as the library starts building it.
     */
    @Override
    public boolean isEmpty() {
        if (entries.containsKey(BUILT)) {
            return false;
        }
        entries.clear();
        entries.put(BUILT, Boolean.TRUE);
        return true;
    }

    @Override
    public boolean canHandle(Document query) {
        return indexable(query.get(field));
    }

    @Override
    public Iterable<Object> getPositions(Document query) {
        Object value = query.get(field);
        List<Object> positions = new ArrayList<>();
        Iterator<Object[]> keys = entries.keyIterator(new Object[] {value});
        while (keys.hasNext()) {
            Object[] key = keys.next();
            if (key.length != 2 || !value.equals(key[0])) {
                break;
            }
            positions.add(key[1]);
        }
        return positions;
    }

    @Override
    public Object getPosition(Document document) {
        return null; // the _id index says where a document is
    }

    @Override
    public void checkAdd(Document document, MongoCollection<Object> collection) {
        // not unique: nothing to refuse
    }

    @Override
    public void add(Document document, Object position, MongoCollection<Object> collection) {
        for (Object value : values(document)) {
            entries.put(new Object[] {value, position}, Boolean.TRUE);
        }
    }

    @Override
    public Object remove(Document document) {
        Object position = document.get(ID);
        for (Object value : values(document)) {
            entries.remove(new Object[] {value, position});
        }
        return null;
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Object> collection) {
        // not unique: nothing to refuse
    }

    @Override
    public void updateInPlace(Document oldDocument, Document newDocument, Object position,
            MongoCollection<Object> collection) {
        Set<Object> before = values(oldDocument);
        Set<Object> after = values(newDocument);
        for (Object value : before) {
            if (!after.contains(value)) {
                entries.remove(new Object[] {value, position});
            }
        }
        for (Object value : after) {
            if (!before.contains(value)) {
                entries.put(new Object[] {value, position}, Boolean.TRUE);
            }
        }
    }

    @Override
    public long getCount() {
        return Math.max(0, entries.sizeAsLong() - (entries.containsKey(BUILT) ? 1 : 0));
    }

    @Override
    public long getDataSize() {
        return getCount();
    }

    @Override
    public void drop() {
        // the database removes the map
    }

    /** The strings and booleans a query pinning the field to one of them finds this document by. */
    private Set<Object> values(Document document) {
        Object value = document.get(field);
        if (indexable(value)) {
            return Set.of(value);
        }
        Set<Object> values = new LinkedHashSet<>();
        if (value instanceof Collection<?> elements) {
            collect(elements, values);
        }
        return values;
    }

    /** Nested arrays too: a stray entry only makes a candidate the query then turns down. */
    private static void collect(Collection<?> elements, Set<Object> values) {
        for (Object element : elements) {
            if (indexable(element)) {
                values.add(element);
            } else if (element instanceof Collection<?> nested) {
                collect(nested, values);
            }
        }
    }

    /**
     * Strings and booleans only: the types H2 orders as MongoDB compares them for equality. A number would need
     * MongoDB's equality across int, long and double, and a document or a regular expression is not one value.
     */
    private static boolean indexable(Object value) {
        return value instanceof String || value instanceof Boolean;
    }
}
