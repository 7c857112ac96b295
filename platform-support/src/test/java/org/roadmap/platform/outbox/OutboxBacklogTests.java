package org.roadmap.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roadmap.platform.outbox.OutboxRelayTests.registered;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.roadmap.events.EventJson;
import org.roadmap.events.Topics;
import org.roadmap.events.commitment.CommitmentRegistered;
import org.roadmap.platform.sample.Aggregate;
import org.roadmap.platform.sample.SampleApplication;
import org.roadmap.platform.test.TopicReader;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** A backlog larger than a batch, as an outage or a restart leaves it: one sweep drains it all. */
class OutboxBacklogTests {

    private final String prefix = UUID.randomUUID().toString();

    @Test
    void backlogOfSeveralBatchesIsRelayedInOneSweepEachEventOnceInItsAggregatesOrder() {
        List<String> ids = IntStream.range(0, 25).mapToObj(i -> prefix + "-" + i).toList();
        try (ConfigurableApplicationContext app = SampleApplication.start("outbox-batches",
                "--roadmap.outbox.relay-enabled=false", "--roadmap.outbox.batch-size=10");
                TopicReader topic = new TopicReader(Topics.COMMITMENTS)) {
            OutboxWriter writer = app.getBean(OutboxWriter.class);
            for (String id : ids) {
                writer.insert(new Aggregate(id, "backlog", 1), id,
                        List.of(registered(id, "VI.1"), registered(id, "VI.2"), registered(id, "VI.3")));
            }

            int published = app.getBean(OutboxRelay.class).relayPending();

            assertThat(published).isEqualTo(3 * ids.size());
            topic.readUntilKeys(ids, Duration.ofSeconds(30));
            // a second publication of anything would show up now as a fourth reference below
            Map<String, List<String>> referencesByAggregate = referencesByAggregate(topic.readFor(Duration.ofSeconds(2)));
            assertThat(referencesByAggregate).containsOnlyKeys(ids);
            assertThat(referencesByAggregate.values()).allSatisfy(references ->
                    assertThat(references).containsExactly("VI.1", "VI.2", "VI.3"));
            assertThat(pendingMarkers(app)).isZero();
        }
    }

    @Test
    void markerLeftOnAnEmptiedOutboxIsClearedAndKeepsNoEventWaiting() {
        String waiting = prefix + "-waiting";
        try (ConfigurableApplicationContext app = SampleApplication.start("outbox-stale-markers",
                "--roadmap.outbox.relay-enabled=false", "--roadmap.outbox.batch-size=2");
                TopicReader topic = new TopicReader(Topics.COMMITMENTS)) {
            OutboxWriter writer = app.getBean(OutboxWriter.class);
            MongoTemplate mongo = app.getBean(MongoTemplate.class);
            for (String emptied : List.of(prefix + "-emptied-1", prefix + "-emptied-2")) {
                writer.insert(new Aggregate(emptied, "emptied", 1), emptied, List.of());
                // what a crash between removing the last events and clearing the marker leaves
                mongo.updateFirst(Query.query(where("_id").is(emptied)),
                        new Update().set(Outbox.FIELD, List.of()).set(Outbox.PENDING, true), "aggregates");
            }
            writer.insert(new Aggregate(waiting, "waiting", 1), waiting, List.of(registered(waiting, "VII.1")));

            int published = app.getBean(OutboxRelay.class).relayPending();

            assertThat(published).isEqualTo(1);
            assertThat(topic.readUntil(record -> waiting.equals(record.key()), Duration.ofSeconds(30)))
                    .anyMatch(record -> waiting.equals(record.key()));
            assertThat(pendingMarkers(app)).isZero();
        }
    }

    private Map<String, List<String>> referencesByAggregate(List<ConsumerRecord<String, byte[]>> records) {
        Map<String, List<String>> references = new HashMap<>();
        records.stream().filter(record -> record.key() != null && record.key().startsWith(prefix))
                .forEach(record -> references.computeIfAbsent(record.key(), k -> new ArrayList<>())
                        .add(EventJson.read(new String(record.value()), CommitmentRegistered.class).reference()));
        return references;
    }

    private static long pendingMarkers(ConfigurableApplicationContext app) {
        return app.getBean(MongoTemplate.class).count(Query.query(where(Outbox.PENDING).is(true)), "aggregates");
    }
}
