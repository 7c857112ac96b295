package org.roadmap.platform.work;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import com.mongodb.ReadConcern;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import org.bson.Document;

/**
 * Leases in ShedLock's collection, one document per name. ShedLock takes a lease; renewing and giving it
 * back are done here, on the same document, only while it still holds the {@code lockUntil} this holder
 * wrote. ShedLock's own extend tells holders apart by host name only (two replicas on one host would renew
 * each other's lease) and its unlock does not check the holder at all (a round that overran its lease
 * would free its successor's).
 */
final class Leases {

    static final String COLLECTION = "shedLock";
    private static final String UNTIL = "lockUntil";

    private final MongoCollection<Document> collection;
    private final LockProvider shedLock;

    Leases(MongoDatabase database) {
        this.collection = database.getCollection(COLLECTION).withWriteConcern(WriteConcern.MAJORITY)
                .withReadConcern(ReadConcern.MAJORITY);
        this.shedLock = new MongoLockProvider(collection);
    }

    Optional<Lease> acquire(String name, Duration length) {
        LockConfiguration wanted = new LockConfiguration(now(), name, length, Duration.ZERO);
        try {
            return shedLock.lock(wanted).map(taken -> new Lease(this, name, length, wanted.getLockAtMostUntil()));
        } catch (RuntimeException e) {
            // an interrupt may have cut the call short after the server gave the lease: nobody would hold it
            giveBackQuietly(name, wanted.getLockAtMostUntil(), e);
            throw e;
        }
    }

    /** Moves the lease's end from {@code until} to {@code next}, unless someone else wrote it meanwhile. */
    boolean move(String name, Instant until, Instant next) {
        return collection.updateOne(and(eq("_id", name), eq(UNTIL, until)), Updates.set(UNTIL, next))
                .getModifiedCount() == 1;
    }

    /**
     * Ends the lease now if it still ends at {@code until}. Not cut short by an interrupt (a stop, a stray
     * one): that would leave the lease taken with nobody holding it until it runs out.
     */
    boolean giveBack(String name, Instant until) {
        boolean interrupted = Thread.interrupted();
        try {
            return move(name, until, now());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    void giveBackQuietly(String name, Instant until, RuntimeException failure) {
        try {
            giveBack(name, until);
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    /** ShedLock's clock, to the millisecond MongoDB stores: the time every lease is compared with. */
    static Instant now() {
        return ClockProvider.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
