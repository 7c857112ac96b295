package org.roadmap.launcher;

import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicReferenceArray;

import de.bwaldvogel.mongo.backend.KeyValue;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The key type of the embedded server's unique indexes: H2's {@link ObjectDataType} in the same order, quicker to
 * compare and to store. mongo-java-server's index keys ({@link KeyValue}) are not {@code Comparable}, so H2 orders
 * them by their Java serialisation, serialised both keys again at every step of every B-tree search, and stores
 * each by Java serialisation too, with its class descriptions, each time it writes the key's page: under a write
 * load, half of the server's CPU went to the first and a fifth to the second.
 * <ul>
 * <li>A key of one string, the {@code _id} of nearly every document, is compared directly in the order of its
 * serialisation (which {@link #compareSerialisedOrder} spells out) and stored as the string, after a tag H2's own
 * types never use (theirs are all below 128). Keys a former version serialised are still read, by H2.</li>
 * <li>Any other key is compared by its serialised form, kept by identity for the keys compared last, so the search
 * key and the keys of the pages every search passes through are serialised once, not at each comparison.</li>
 * </ul>
 * A file this type wrote cannot be opened by a version without it.
 */
final class IndexKeyType extends ObjectDataType {

    private static final byte ONE_STRING = (byte) 0xB6;

    /** Slots of the table of serialised keys; a key whose slot another one took is serialised again. */
    private static final int SLOTS = 1 << 14;

    /** What H2 counted for a serialised key (twice its length) beyond its string's characters: pages weigh the same. */
    private static final int MEMORY_BESIDE_THE_STRING = 2 * ObjectDataType.serialize(new KeyValue("")).length;

    private record Serialised(Object key, byte[] bytes) {
    }

    private final AtomicReferenceArray<Serialised> serialised = new AtomicReferenceArray<>(SLOTS);

    @Override
    public int compare(Object a, Object b) {
        if (a instanceof KeyValue x && b instanceof KeyValue y) {
            if (a == b) {
                return 0;
            }
            String s = onlyString(x);
            String t = onlyString(y);
            if (s != null && t != null) {
                return compareSerialisedOrder(s, t);
            }
            // what H2 does for two objects of a type it does not know, that are not Comparable
            return compareNotNull(bytes(a), bytes(b));
        }
        return super.compare(a, b);
    }

    @Override
    public int getMemory(Object key) {
        String string = key instanceof KeyValue keyValue ? onlyString(keyValue) : null;
        return string == null ? super.getMemory(key) : MEMORY_BESIDE_THE_STRING + 2 * string.length();
    }

    @Override
    public void write(WriteBuffer buffer, Object key) {
        String string = key instanceof KeyValue keyValue ? onlyString(keyValue) : null;
        if (string == null) {
            super.write(buffer, key);
            return;
        }
        buffer.put(ONE_STRING).putVarInt(string.length()).putStringData(string, string.length());
    }

    @Override
    public Object read(ByteBuffer buffer) {
        if (buffer.get(buffer.position()) != ONE_STRING) {
            return super.read(buffer);
        }
        buffer.get();
        return new KeyValue(DataUtils.readString(buffer, DataUtils.readVarInt(buffer)));
    }

    /** The key's value when it is one string, else null. */
    private static String onlyString(KeyValue key) {
        return key.size() == 1 && key.get(0) instanceof String string ? string : null;
    }

    /**
     * Two one-string keys in the order of their Java serialisations, which differ only from the string on: a string
     * is written as its length in modified UTF-8 (in two bytes, or, beyond 65,535, after a greater tag in eight) and
     * then its characters in modified UTF-8. So the shorter encoding comes first, and between two of the same length
     * the first character that differs decides, in the order of its encoding's bytes: the character order, except
     * that NUL, written in two bytes, comes after U+007F and before U+0080.
     */
    private static int compareSerialisedOrder(String s, String t) {
        int ls = modifiedUtf8Length(s);
        int lt = modifiedUtf8Length(t);
        if (ls != lt) {
            return ls < lt ? -1 : 1;
        }
        for (int i = 0, n = Math.min(s.length(), t.length()); i < n; i++) {
            char c = s.charAt(i);
            char d = t.charAt(i);
            if (c != d) {
                return Integer.compare(encodedOrder(c), encodedOrder(d));
            }
        }
        return Integer.compare(s.length(), t.length());
    }

    private static int modifiedUtf8Length(String s) {
        int length = s.length();
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c == 0 || c >= 0x80) {
                length += c >= 0x800 ? 2 : 1;
            }
        }
        return length;
    }

    private static int encodedOrder(char c) {
        return c == 0 ? 2 * 0x7F + 1 : 2 * c;
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
