package org.roadmap.launcher;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A MongoDB-wire server in this JVM, storing its data in one H2 MVStore file so documents
 * survive a restart. It has no authentication, so it listens on the loopback interface only and its
 * file is readable by the user alone. See STACK.md for what it does not support (transactions, change streams).
 */
final class EmbeddedMongo implements AutoCloseable {

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
        H2Backend backend = new IndexedH2Backend(EmbeddedStore.open(file));
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
