package org.roadmap.platform.storage;

import java.time.Instant;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Work a service does once on a data directory's start (moving data of an earlier layout, keeping what an earlier
 * version did not): each noted in {@code migrations} when finished, so later starts read nothing for it.
 */
public final class Migrations {

    static final String COLLECTION = "migrations";

    private Migrations() {
    }

    /** Whether an earlier start finished {@code name}. */
    public static boolean done(MongoTemplate mongo, String name) {
        return mongo.findById(name, Document.class, COLLECTION) != null;
    }

    /** Notes {@code name} as finished. */
    public static void finished(MongoTemplate mongo, String name) {
        mongo.save(new Document("_id", name).append("at", Instant.now()), COLLECTION);
    }
}
