package org.roadmap.launcher;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.h2.mvstore.MVStore;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A MongoDB-wire server in this JVM, storing its data in one H2 MVStore file so documents
 * survive a restart. It has no authentication, so it listens on the loopback interface only and its
 * file is readable by the user alone. See STACK.md for what it does not support (transactions, change streams).
 */
final class EmbeddedMongo implements AutoCloseable {

    /**
     * H2's page cache. Its default, 16 MB, is less than a road map grown to 10,000 commitments takes (about 30 MB):
     * then every pass over a collection reads and deserialises its pages again, and an outbox backlog drained
     * 1.5-2 times slower on the database's side than with 64 MB.
     */
    private static final int CACHE_MB = 64;

    /**
     * The size beyond which H2 splits a page. H2 writes a changed page whole, and stores once the pages changed since
     * its last store reach its write buffer (1 MB). At its default, 16 KB (about 16 alerts or inbox items on a page),
     * writes spread over a large collection stored every 60 documents or so, each encoding its page's neighbours
     * again, and each store rewrote H2's own record of its chunks. With 4 KB, firing 100,000 due alerts took 14-52 s
     * against 61-64 s (NotificationsBenchmark on this storage, the same hour).
     */
    private static final int PAGE_SPLIT_BYTES = 4 * 1024;

    private final H2Backend backend;
    private final MongoServer server;
    private final int port;

    private EmbeddedMongo(H2Backend backend, MongoServer server, int port) {
        this.backend = backend;
        this.server = server;
        this.port = port;
    }

    static EmbeddedMongo start(Path file, int port) throws IOException {
        // created private (600 in a 700 directory) before H2 opens it; H2 starts a new store in an empty file
        PrivateFiles.file(file);
        H2Backend backend = new IndexedH2Backend(new MVStore.Builder().fileName(file.toString()).cacheSize(CACHE_MB)
                .pageSplitSize(PAGE_SPLIT_BYTES).open());
        MongoServer server = new MongoServer(backend);
        try {
            server.bind("127.0.0.1", port);
        } catch (RuntimeException e) {
            backend.close();
            throw e;
        }
        return new EmbeddedMongo(backend, server, port);
    }

    String connectionString() {
        return "mongodb://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        // Stop accepting work before H2 writes its last chunk, so nothing is lost in between.
        server.shutdown();
        if (!backend.getMvStore().isClosed()) {
            backend.close();
        }
    }
}
