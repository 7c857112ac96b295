package org.roadmap.platform.outbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.roadmap.platform.storage.MarkerIndex;
import org.roadmap.platform.work.Lease;
import org.roadmap.platform.work.LeasedLoop;
import org.roadmap.platform.work.LeasedWork;
import org.roadmap.platform.work.Schedule;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes pending outbox events to Kafka, in order per aggregate, and removes each only once
 * the broker acknowledged it on every topic it goes to (idempotent producer, acks=all). A crash
 * after the publish and before the removal publishes the event again on restart: consumers
 * deduplicate by event id, so the effect happens once. Runs as leased work ({@code outbox-relay}):
 * one replica relays at a time, so per-aggregate order holds with several replicas; a local write
 * wakes it, and every {@code poll-interval} it sweeps for what no local write announced. Work goes in
 * batches of {@code batch-size} documents, each sent at once, acknowledged together and removed with
 * one bulk write ({@link OutboxRemoval}); a sweep takes batch after batch until the backlog is gone.
 */
public class OutboxRelay {

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, byte[]> kafka;
    private final OutboxProperties properties;
    private final OutboxSignal signal;
    private final OutboxMetrics metrics;
    private final Clock clock;
    private final OutboxRemoval removal;
    private final LeasedLoop loop;
    // touched by rounds only, which run one at a time
    private long nextSweep = System.nanoTime();
    private boolean indexed;

    OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, byte[]> kafka, LeasedWork work,
            OutboxProperties properties, OutboxSignal signal, MeterRegistry meters, Clock clock) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.properties = properties;
        this.signal = signal;
        this.metrics = new OutboxMetrics(meters);
        this.clock = clock;
        this.removal = new OutboxRemoval(mongo);
        this.loop = work.loop("outbox-relay", Schedule.every(properties.pollInterval(), properties.lease())
                .lingering(properties.linger()).paced(properties.pace()).onlyIf(properties.relayEnabled()),
                this::round);
        signal.onAnnounce(loop::wake);
    }

    /**
     * One sweep over all outbox collections: finds every document with pending events,
     * whoever wrote it and whenever (after a crash, on another replica).
     *
     * @return the number of events published; 0 while another replica relays
     */
    public int relayPending() {
        return loop.runOnce(this::sweep).orElse(0);
    }

    LeasedLoop.Status status() {
        return loop.status();
    }

    /** What local writes announced, then a sweep when one is due. */
    private int round(Lease lease) {
        try {
            int published = 0;
            List<OutboxSignal.Written> written = signal.drain();
            if (!written.isEmpty()) {
                published += relayWritten(written, lease);
            }
            if (System.nanoTime() - nextSweep >= 0) {
                published += sweep(lease);
                nextSweep = System.nanoTime() + properties.pollInterval().toNanos();
            }
            return published;
        } catch (RuntimeException e) {
            nextSweep = System.nanoTime(); // what this round drained, the next one's sweep finds
            throw e;
        }
    }

    private int sweep(Lease lease) {
        if (!indexed) {
            for (String collection : properties.collections()) {
                // in the id order the sweep reads them
                MarkerIndex.ensure(mongo, collection, Outbox.PENDING, "_id");
            }
            indexed = true;
        }
        int published = 0;
        for (String collection : properties.collections()) {
            published += drain(collection, lease);
        }
        return published;
    }

    /**
     * Relays batch after batch, in id order, until one comes back short, so a backlog (after an outage, a
     * restart, a crash on another replica) drains in one round rather than a batch per poll interval. Each
     * batch starts after the last id of the one before, so this ends; what a write marks pending behind it
     * meanwhile is relayed by id (a local write) or by the next sweep.
     */
    private int drain(String collection, Lease lease) {
        int published = 0;
        List<Document> batch;
        Object after = null;
        do {
            lease.renew();
            Query pending = new Query(after == null ? where(Outbox.PENDING).is(true)
                    : where(Outbox.PENDING).is(true).and("_id").gt(after))
                    .with(Sort.by("_id")).limit(properties.batchSize());
            pending.fields().include(Outbox.FIELD);
            batch = mongo.find(pending, Document.class, collection);
            published += relayDocuments(collection, batch);
            after = batch.isEmpty() ? after : batch.get(batch.size() - 1).get("_id");
        } while (batch.size() == properties.batchSize());
        return published;
    }

    /**
     * Publishes the events of documents this replica just wrote, looked up by id: one at a time
     * in the common case, in chunks when writes piled up (e.g. a bulk import), so a backlog costs
     * a few queries rather than one per document.
     */
    private int relayWritten(List<OutboxSignal.Written> written, Lease lease) {
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
            for (int from = 0; from < ids.size(); from += properties.batchSize()) {
                lease.renew();
                List<Object> chunk = ids.subList(from, Math.min(ids.size(), from + properties.batchSize()));
                // by _id: the one index every server, the embedded one included, uses for a look-up
                Query byId = new Query(chunk.size() == 1 ? where("_id").is(chunk.get(0)) : where("_id").in(chunk))
                        .with(Sort.by("_id"));
                byId.fields().include(Outbox.FIELD).include(Outbox.PENDING);
                List<Document> pending = mongo.find(byId, Document.class, collection.getKey()).stream()
                        .filter(found -> Boolean.TRUE.equals(found.getBoolean(Outbox.PENDING)))
                        .toList();
                published += relayDocuments(collection.getKey(), pending);
            }
        }
        return published;
    }

    /**
     * Sends the events of all the documents at once and then waits for the acknowledgements, so a
     * backlog costs one broker round trip per batch rather than one per event. Order per aggregate
     * holds: a document's events go in order to one partition, and the idempotent producer (at most
     * 5 requests in flight) keeps a partition's order across retries.
     *
     * @param documents in {@code _id} order
     */
    private int relayDocuments(String collection, List<Document> documents) {
        List<InFlight> inFlight = new ArrayList<>();
        for (Document document : documents) {
            for (Document stored : document.getList(Outbox.FIELD, Document.class, List.of())) {
                OutboxEntry entry = OutboxDocuments.fromDocument(stored);
                inFlight.add(new InFlight(document.get("_id"), entry, send(entry)));
            }
        }
        long deadline = System.nanoTime() + properties.sendTimeout().toNanos();
        Map<Object, List<String>> acknowledged = new LinkedHashMap<>();
        Set<Object> interrupted = new HashSet<>();
        OutboxPublishException failure = null;
        for (InFlight sent : inFlight) {
            if (interrupted.contains(sent.documentId())) {
                // after a failure the document's later events wait for the next pass, behind the failed one
                continue;
            }
            try {
                awaitAcknowledgement(sent, deadline);
                acknowledged.computeIfAbsent(sent.documentId(), id -> new ArrayList<>()).add(sent.entry().id());
            } catch (OutboxPublishException e) {
                interrupted.add(sent.documentId());
                failure = failure == null ? e : failure;
            }
        }
        // Remove what the broker acknowledged even when another event failed: the failed one stays
        // first in line, so the aggregate's order is kept on the next pass.
        removal.remove(collection, documents, acknowledged);
        if (failure != null) {
            throw failure;
        }
        return acknowledged.values().stream().mapToInt(List::size).sum();
    }

    /** The event on each of its topics, with the same CloudEvents id: an acknowledgement per topic, in order. */
    private Map<String, CompletableFuture<?>> send(OutboxEntry entry) {
        Map<String, CompletableFuture<?>> acknowledgements = new LinkedHashMap<>();
        for (String topic : entry.topics()) {
            ProducerRecord<String, byte[]> record = entry.envelope().toProducerRecord(topic);
            if (entry.traceparent() != null) {
                record.headers().add("traceparent", entry.traceparent().getBytes(StandardCharsets.UTF_8));
            }
            try {
                acknowledgements.put(topic, kafka.send(record));
            } catch (RuntimeException e) {
                // e.g. no metadata within max.block.ms while the broker is away
                acknowledgements.put(topic, CompletableFuture.failedFuture(e));
            }
        }
        return acknowledgements;
    }

    /**
     * Waits until every topic acknowledged the event. If one did not, the whole event stays pending and
     * goes to all its topics again on the next pass: a topic that had it gets it twice under the same
     * id, which consumers deduplicate.
     */
    private void awaitAcknowledgement(InFlight sent, long deadline) {
        for (Map.Entry<String, CompletableFuture<?>> acknowledgement : sent.acknowledgements().entrySet()) {
            try {
                acknowledgement.getValue().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new OutboxPublishException(sent.entry(), e);
            } catch (Exception e) {
                metrics.failed(acknowledgement.getKey());
                throw new OutboxPublishException(sent.entry(), e);
            }
            metrics.published(acknowledgement.getKey(), Duration.between(sent.entry().time(), clock.instant()));
        }
    }

    private record InFlight(Object documentId, OutboxEntry entry, Map<String, CompletableFuture<?>> acknowledgements) {
    }

}
