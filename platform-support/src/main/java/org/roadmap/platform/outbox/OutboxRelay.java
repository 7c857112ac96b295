package org.roadmap.platform.outbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes pending outbox events to Kafka, in order per aggregate, and removes each only once
 * the broker acknowledged it (idempotent producer, acks=all). A crash after the publish and
 * before the removal publishes the event again on restart: consumers deduplicate by event id,
 * so the effect happens once. Only the replica holding the lease relays, so per-aggregate order
 * holds with several replicas.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final String LEASE_NAME = "outbox-relay";
    private static final int WRITTEN_CHUNK = 500;

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, byte[]> kafka;
    private final LockProvider leases;
    private final OutboxProperties properties;
    private final OutboxSignal signal;
    private final OutboxMetrics metrics;
    private final Clock clock;
    private final RelayStatus status = new RelayStatus();
    private volatile Thread worker;

    OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, byte[]> kafka, LockProvider leases,
            OutboxProperties properties, OutboxSignal signal, MeterRegistry meters, Clock clock) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.leases = leases;
        this.properties = properties;
        this.signal = signal;
        this.metrics = new OutboxMetrics(meters);
        this.clock = clock;
    }

    /**
     * One sweep over all outbox collections: finds every document with pending events,
     * whoever wrote it and whenever (after a crash, on another replica).
     *
     * @return the number of events published
     */
    public int relayPending() {
        return underLease(() -> {
            int published = 0;
            for (String collection : properties.collections()) {
                published += relay(collection);
            }
            return published;
        });
    }

    /**
     * Publishes the events of documents this replica just wrote, looked up by id: one at a time
     * in the common case, in chunks when writes piled up (e.g. a bulk import), so a backlog costs
     * a few queries rather than one per document.
     */
    int relayWritten(List<OutboxSignal.Written> written) {
        return underLease(() -> {
            int published = 0;
            Map<String, List<Object>> idsByCollection = new LinkedHashMap<>();
            for (OutboxSignal.Written document : written) {
                List<Object> ids = idsByCollection.computeIfAbsent(document.collection(), c -> new ArrayList<>());
                if (!ids.contains(document.id())) {
                    ids.add(document.id());
                }
            }
            for (Map.Entry<String, List<Object>> collection : idsByCollection.entrySet()) {
                List<Object> ids = collection.getValue();
                for (int from = 0; from < ids.size(); from += WRITTEN_CHUNK) {
                    List<Object> chunk = ids.subList(from, Math.min(ids.size(), from + WRITTEN_CHUNK));
                    // by _id: the one index every server, the embedded one included, uses for a look-up
                    Query byId = new Query(chunk.size() == 1 ? where("_id").is(chunk.get(0)) : where("_id").in(chunk));
                    byId.fields().include(Outbox.FIELD).include(Outbox.PENDING);
                    for (Document found : mongo.find(byId, Document.class, collection.getKey())) {
                        if (Boolean.TRUE.equals(found.getBoolean(Outbox.PENDING))) {
                            published += relayDocument(collection.getKey(), found);
                        }
                    }
                }
            }
            return published;
        });
    }

    private int underLease(java.util.function.IntSupplier pass) {
        Optional<SimpleLock> lease = leases.lock(new LockConfiguration(clock.instant(), LEASE_NAME,
                properties.lease(), Duration.ZERO));
        if (lease.isEmpty()) {
            return 0;
        }
        try {
            int published = pass.getAsInt();
            status.passSucceeded(clock.instant());
            return published;
        } catch (RuntimeException e) {
            status.passFailed(clock.instant(), e);
            throw e;
        } finally {
            lease.get().unlock();
        }
    }

    RelayStatus status() {
        return status;
    }

    private int relay(String collection) {
        Query pending = new Query(where(Outbox.PENDING).is(true)).limit(properties.batchSize());
        pending.fields().include(Outbox.FIELD);
        int published = 0;
        for (Document document : mongo.find(pending, Document.class, collection)) {
            published += relayDocument(collection, document);
        }
        return published;
    }

    private int relayDocument(String collection, Document document) {
        List<String> sent = new ArrayList<>();
        try {
            for (Document stored : document.getList(Outbox.FIELD, Document.class, List.of())) {
                OutboxEntry entry = OutboxDocuments.fromDocument(stored);
                publish(entry);
                sent.add(entry.id());
            }
        } finally {
            // Remove what the broker acknowledged even when a later event failed: it stays
            // first in line, so the aggregate's order is kept on the next pass.
            markPublished(collection, document.get("_id"), sent);
        }
        return sent.size();
    }

    private void publish(OutboxEntry entry) {
        ProducerRecord<String, byte[]> record = entry.envelope().toProducerRecord(entry.topic());
        if (entry.traceparent() != null) {
            record.headers().add("traceparent", entry.traceparent().getBytes(StandardCharsets.UTF_8));
        }
        try {
            kafka.send(record).get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OutboxPublishException(entry, e);
        } catch (Exception e) {
            metrics.failed(entry.topic());
            throw new OutboxPublishException(entry, e);
        }
        metrics.published(entry.topic(), Duration.between(entry.time(), clock.instant()));
    }

    private void markPublished(String collection, Object id, List<String> eventIds) {
        if (eventIds.isEmpty()) {
            return;
        }
        Query document = new Query(where("_id").is(id));
        mongo.updateFirst(document, new Update().pull(Outbox.FIELD, new Document("id", new Document("$in", eventIds))),
                collection);
        // Only clear the marker if no write appended new events meanwhile.
        mongo.updateFirst(new Query(where("_id").is(id).and(Outbox.FIELD).size(0)), new Update().unset(Outbox.PENDING),
                collection);
    }

    @Override
    public void start() {
        if (!properties.relayEnabled() || worker != null) {
            return;
        }
        for (String collection : properties.collections()) {
            // sparse: only documents with pending events are in it, so the relay's query stays cheap
            mongo.indexOps(collection).createIndex(new Index().on(Outbox.PENDING, Sort.Direction.ASC).sparse());
        }
        Thread thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        worker = thread;
        thread.start();
    }

    @Override
    public void stop() {
        Thread running = worker;
        worker = null;
        if (running != null) {
            running.interrupt();
            try {
                running.join(properties.sendTimeout().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return worker != null;
    }

    /**
     * The relay's loop. It ends only when {@link #stop()} asks it to: an interrupt from anywhere
     * else (a client library, a pool) is cleared and the loop goes on, or the relay would die
     * silently and leave every later event unpublished.
     */
    private void run() {
        Duration backoff = properties.pollInterval();
        long nextSweep = 0;
        while (worker == Thread.currentThread()) {
            try {
                List<OutboxSignal.Written> written = signal.drain();
                if (!written.isEmpty()) {
                    relayWritten(written);
                }
                if (System.nanoTime() - nextSweep >= 0) {
                    relayPending();
                    nextSweep = System.nanoTime() + properties.pollInterval().toNanos();
                }
                backoff = properties.pollInterval();
                signal.await(Duration.ofNanos(nextSweep - System.nanoTime()));
            } catch (InterruptedException e) {
                keepGoingUnlessStopped();
            } catch (RuntimeException e) {
                log.warn("Outbox relay pass failed, retrying in {}: {}", backoff, e.toString());
                keepGoingUnlessStopped();
                sleep(backoff);
                backoff = min(backoff.multipliedBy(2), Duration.ofSeconds(10));
                nextSweep = 0;
            }
        }
    }

    private void keepGoingUnlessStopped() {
        if (Thread.interrupted() && worker == Thread.currentThread()) {
            log.warn("Outbox relay was interrupted without being stopped; it goes on");
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            keepGoingUnlessStopped();
        }
    }

    /** What the health check reports about the relay. */
    static final class RelayStatus {

        private volatile Instant lastSuccess;
        private volatile Instant lastFailure;
        private volatile String lastError;

        void passSucceeded(Instant at) {
            lastSuccess = at;
            lastError = null;
        }

        void passFailed(Instant at, RuntimeException e) {
            lastFailure = at;
            lastError = e.getMessage();
        }

        Instant lastSuccess() {
            return lastSuccess;
        }

        Instant lastFailure() {
            return lastFailure;
        }

        String lastError() {
            return lastError;
        }
    }
}
