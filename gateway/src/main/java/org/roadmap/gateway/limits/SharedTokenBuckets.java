package org.roadmap.gateway.limits;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import java.util.Date;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import org.bson.Document;

/**
 * Token buckets every gateway replica shares, one document per client and route in MongoDB. A replica
 * takes tokens in small grants ({@link #take}), so most requests are decided from the grant it holds and
 * only one in a grant's worth reaches the store. Each take reads the bucket, refills it for the time
 * since it was written, and writes it back only if nobody wrote it meanwhile (compare and set on its
 * version), retrying a few times under contention. Buckets idle long enough to be full again expire.
 */
final class SharedTokenBuckets implements AutoCloseable {

    static final String COLLECTION = "rate_buckets";
    private static final int ATTEMPTS = 5;

    /** What a take got: tokens (0 when the bucket is empty) and, if none, the seconds until one is back. */
    record Grant(int tokens, long retryAfterSeconds) {
    }

    /** Contention beyond {@value #ATTEMPTS} attempts: the caller decides without the store this time. */
    static final class Contended extends RuntimeException {
        Contended(String key) {
            super("the rate bucket " + key + " changed at each of " + ATTEMPTS + " attempts");
        }
    }

    private final MongoClient client;
    private final MongoCollection<Document> buckets;
    private final LongSupplier wallMillis;

    SharedTokenBuckets(String connectionString, LongSupplier wallMillis) {
        ConnectionString uri = new ConnectionString(connectionString);
        // a slow or absent store must not hold requests up: the limiter falls back to local counts at once
        this.client = MongoClients.create(MongoClientSettings.builder().applyConnectionString(uri)
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(1, TimeUnit.SECONDS))
                .applyToSocketSettings(socket -> socket.connectTimeout(1, TimeUnit.SECONDS)
                        .readTimeout(2, TimeUnit.SECONDS))
                .writeConcern(WriteConcern.MAJORITY.withWTimeout(2, TimeUnit.SECONDS)).build());
        this.buckets = client.getDatabase(uri.getDatabase() == null ? "gateway" : uri.getDatabase())
                .getCollection(COLLECTION);
        this.wallMillis = wallMillis;
    }

    /** The expiry index; a store that cannot make it (the embedded server) keeps idle buckets, a few bytes each. */
    void prepare() {
        buckets.createIndex(Indexes.ascending("expiresAt"), new IndexOptions().expireAfter(0L, TimeUnit.SECONDS));
    }

    /** Takes up to {@code wanted} tokens from the client's bucket of {@code burst} refilled at {@code perSecond}. */
    Grant take(String key, double perSecond, int burst, int wanted) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            long now = wallMillis.getAsLong();
            Document stored = buckets.find(eq("_id", key)).first();
            double tokens = burst;
            if (stored != null) {
                // a replica whose clock is behind the last writer's refills nothing rather than going back
                long elapsed = Math.max(0, now - stored.getDate("at").getTime());
                tokens = Math.min(burst, stored.getDouble("tokens") + elapsed / 1000.0 * perSecond);
            }
            if (tokens < 1) {
                return new Grant(0, Math.max(1, (long) Math.ceil((1 - tokens) / perSecond)));
            }
            int taken = (int) Math.min(wanted, Math.floor(tokens));
            double left = tokens - taken;
            Date fullAgain = new Date(now + (long) Math.ceil((burst - left) / perSecond * 1000));
            if (stored == null ? inserted(key, left, now, fullAgain) : replaced(stored, left, now, fullAgain)) {
                return new Grant(taken, 0);
            }
        }
        throw new Contended(key);
    }

    private boolean inserted(String key, double tokens, long now, Date expiresAt) {
        try {
            buckets.insertOne(new Document("_id", key).append("tokens", tokens).append("at", new Date(now))
                    .append("expiresAt", expiresAt).append("v", 1L));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false; // another replica made it first
            }
            throw e;
        }
    }

    private boolean replaced(Document stored, double tokens, long now, Date expiresAt) {
        return buckets.updateOne(and(eq("_id", stored.get("_id")), eq("v", stored.get("v"))),
                Updates.combine(Updates.set("tokens", tokens), Updates.set("at", new Date(now)),
                        Updates.set("expiresAt", expiresAt), Updates.inc("v", 1L)))
                .getModifiedCount() == 1;
    }

    @Override
    public void close() {
        client.close();
    }
}
