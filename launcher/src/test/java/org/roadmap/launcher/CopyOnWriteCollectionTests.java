package org.roadmap.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write to one document is seen whole or not at all, as MongoDB promises and the services' versioned writes
 * rely on: readers asking while a document is rewritten again and again are each sent one of its versions. Before,
 * about one read in three thousand was sent a document half of one write and half of the next.
 */
class CopyOnWriteCollectionTests {

    private static final int FIELDS = 30;
    private static final int WRITES = 4_000;

    @TempDir
    Path dir;

    @Test
    void aReaderIsSentEachDocumentAsOneWriteLeftIt() throws Exception {
        IndexedH2Backend backend = new IndexedH2Backend(
                new MVStore.Builder().fileName(dir.resolve("roadmap.mv").toString()).open());
        MongoServer server = new MongoServer(backend);
        var address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            MongoCollection<Document> series = client.getDatabase("roadmap").getCollection("meeting_series");
            series.insertOne(version(0));
            AtomicBoolean writing = new AtomicBoolean(true);
            AtomicInteger reads = new AtomicInteger();
            Queue<String> seen = new ConcurrentLinkedQueue<>();
            List<Thread> readers = new ArrayList<>();
            for (int r = 0; r < 3; r++) {
                Thread reader = new Thread(() -> {
                    while (writing.get()) {
                        try {
                            Document read = series.find(Filters.eq("_id", "s-1")).first();
                            reads.incrementAndGet();
                            Object version = read.get("version");
                            for (int f = 0; f < FIELDS; f++) {
                                if (!version.equals(read.get("f" + f))) {
                                    seen.add("version " + version + " beside f" + f + " = " + read.get("f" + f));
                                    break;
                                }
                            }
                        } catch (RuntimeException failed) {
                            seen.add(failed.toString());
                        }
                    }
                });
                reader.start();
                readers.add(reader);
            }
            for (int v = 1; v <= WRITES; v++) {
                switch (v % 3) {
                    case 0 -> series.updateOne(Filters.eq("_id", "s-1"), changes(v));
                    case 1 -> series.replaceOne(Filters.eq("_id", "s-1"), version(v));
                    default -> series.findOneAndUpdate(Filters.eq("_id", "s-1"), changes(v),
                            new FindOneAndUpdateOptions());
                }
            }
            writing.set(false);
            for (Thread reader : readers) {
                reader.join();
            }
            assertThat(reads.get()).as("reads while the document was rewritten").isGreaterThan(WRITES);
            assertThat(seen).as("reads sent something no write left").isEmpty();
            assertThat(series.find(Filters.eq("_id", "s-1")).first()).isEqualTo(version(WRITES));
        } finally {
            server.shutdown();
            backend.close();
        }
    }

    private static Document version(int v) {
        Document document = new Document("_id", "s-1").append("version", v);
        for (int f = 0; f < FIELDS; f++) {
            document.append("f" + f, v);
        }
        return document;
    }

    private static Bson changes(int v) {
        List<Bson> sets = new ArrayList<>(List.of(Updates.set("version", v)));
        for (int f = 0; f < FIELDS; f++) {
            sets.add(Updates.set("f" + f, v));
        }
        return Updates.combine(sets);
    }
}
