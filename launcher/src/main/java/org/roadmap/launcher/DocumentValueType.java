package org.roadmap.launcher;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The value type of the embedded server's collections: documents stored in BSON, as they come over the wire,
 * instead of by Java serialisation, which H2 gives any object it does not know. Java serialisation writes each
 * document's class descriptions again (a new stream per value), and H2 serialises every document of a page each
 * time it writes the page and deserialises them each time it reads one back into its cache. A value in BSON starts
 * with a tag H2's own types never use (theirs are all below 128), so documents a former version serialised are
 * still read, by H2, and are written in BSON when their page is written again. A file this type wrote cannot be
 * opened by a version without it.
 */
final class DocumentValueType extends ObjectDataType {

    private static final byte BSON = (byte) 0xB5;

    /**
     * What H2's page cache counts for a document: about twice its BSON size, averaged over the documents written and
     * read (after a restart, pages are read long before any is written).
     */
    private volatile int averageMemory = 1024;

    @Override
    public int getMemory(Object value) {
        return value instanceof Document ? averageMemory : super.getMemory(value);
    }

    @Override
    public void write(WriteBuffer buffer, Object value) {
        if (!(value instanceof Document document)) {
            super.write(buffer, value);
            return;
        }
        ByteBuf bson = Unpooled.buffer(averageMemory / 2);
        try {
            BsonEncoder.encodeDocument(document, bson);
        } catch (RuntimeException notBson) {
            // a value the wire protocol has no type for (none is known): kept as before rather than lost
            super.write(buffer, value);
            return;
        }
        int length = bson.readableBytes();
        buffer.put(BSON).put(bson.array(), bson.arrayOffset() + bson.readerIndex(), length);
        count(length);
    }

    @Override
    public Object read(ByteBuffer buffer) {
        if (buffer.get(buffer.position()) != BSON) {
            return super.read(buffer);
        }
        buffer.get();
        // a BSON document starts with its own length, little-endian, itself included
        int length = buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN).getInt();
        ByteBuffer bson = buffer.slice();
        bson.limit(length);
        buffer.position(buffer.position() + length);
        count(length);
        return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bson));
    }

    private void count(int bsonLength) {
        averageMemory = (2 * bsonLength + 15 * averageMemory) / 16;
    }
}
