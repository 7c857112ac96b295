package org.roadmap.launcher;

import java.util.concurrent.atomic.AtomicReferenceArray;

import de.bwaldvogel.mongo.backend.KeyValue;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The key type of the embedded server's unique indexes: H2's {@link ObjectDataType}, in the same order and on
 * disk the same, but quicker to compare. mongo-java-server's index keys ({@link KeyValue}) are not
 * {@code Comparable}, so H2 orders them by their Java serialisation, and serialised both keys again at every
 * step of every B-tree search: about half of the server's CPU under a write load. Here the serialised form of
 * the keys compared last is kept, by identity, in a small table: the search key and the keys of the pages every
 * search passes through (root and inner pages) are serialised once, not at each comparison.
 */
final class IndexKeyType extends ObjectDataType {

    /** Slots of the table of serialised keys; a key whose slot another one took is serialised again. */
    private static final int SLOTS = 1 << 14;

    private record Serialised(Object key, byte[] bytes) {
    }

    private final AtomicReferenceArray<Serialised> serialised = new AtomicReferenceArray<>(SLOTS);

    @Override
    public int compare(Object a, Object b) {
        if (a instanceof KeyValue && b instanceof KeyValue) {
            // what H2 does for two objects of a type it does not know, that are not Comparable
            return a == b ? 0 : compareNotNull(bytes(a), bytes(b));
        }
        return super.compare(a, b);
    }

    private byte[] bytes(Object key) {
        int slot = System.identityHashCode(key) & (SLOTS - 1);
        Serialised known = serialised.get(slot);
        if (known != null && known.key() == key) {
            return known.bytes();
        }
        byte[] bytes = serialize(key);
        serialised.set(slot, new Serialised(key, bytes));
        return bytes;
    }
}
