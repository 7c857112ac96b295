package org.roadmap.platform.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;

import org.bson.Document;

/**
 * What an earlier version of a service stored, kept as test resources (MongoDB Extended JSON read raw from that
 * version's database), put into a database of the test's own before the service starts on it: a test of how the
 * service moves data of an earlier layout while it starts.
 */
public final class EarlierVersionData {

    private EarlierVersionData() {
    }

    /** The text of the classpath resource {@code path} (from the root, e.g. {@code /previous-layout/x.json}). */
    public static String resource(String path) {
        try (InputStream in = EarlierVersionData.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Stores {@code documents} in {@code collection} of {@code database} as they are, each replacing the one with its
     * {@code _id}, and forgets the migrations done there, so the service's start moves them again.
     */
    public static void store(String database, String collection, Document... documents) {
        try (MongoClient client = MongoClients.create(EmbeddedInfrastructure.mongoUri(database))) {
            MongoCollection<Document> stored = client.getDatabase(database).getCollection(collection);
            for (Document document : documents) {
                stored.deleteMany(Filters.eq("_id", document.get("_id")));
                stored.insertOne(document);
            }
            client.getDatabase(database).getCollection("migrations").deleteMany(new Document());
        }
    }
}
