package org.roadmap.commitments.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roadmap.platform.test.ApiClient.json;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.roadmap.commitments.support.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * A replica that has listed nothing since it started (after a restart, while its relay drains a backlog) reads
 * nothing for the events it hears: its first list reads every commitment, and shows what those events announced.
 */
class ListedCommitmentsLoadTests extends ServiceTest {

    @Autowired
    MongoTemplate mongo;

    @Test
    void eventsHeardBeforeTheFirstListReadNothingAndTheFirstListShowsTheirWrites() {
        String roadMap = "listed-load-" + UUID.randomUUID().toString().substring(0, 8);
        String id = json(api().post("/api/v1/commitments", CommitmentMother.reportWithinOneYear(roadMap)))
                .get("id").asString();
        MeterRegistry meters = new SimpleMeterRegistry();
        ListedCommitments restarted = new ListedCommitments(mongo, meters);
        mongo.updateFirst(new Query(where("_id").is(id)),
                new Update().set("title", "Renamed by another replica").inc("version", 1), "commitments");

        restarted.heard(List.of(new ListedCommitments.Heard(id, "an event of another replica")));

        assertThat(refreshes(meters, "not-listed-yet")).isEqualTo(1);
        assertThat(refreshes(meters, "read")).isZero();
        assertThat(restarted.all().filter(listed -> listed.commitment().id().equals(id))
                .map(listed -> listed.commitment().title())).containsExactly("Renamed by another replica");

        // once it lists, what another replica writes is read when its event comes
        mongo.updateFirst(new Query(where("_id").is(id)),
                new Update().set("title", "Renamed again").inc("version", 1), "commitments");
        restarted.heard(List.of(new ListedCommitments.Heard(id, "a later event of another replica")));
        assertThat(refreshes(meters, "read")).isEqualTo(1);
        assertThat(restarted.all().filter(listed -> listed.commitment().id().equals(id))
                .map(listed -> listed.commitment().title())).containsExactly("Renamed again");
    }

    /** The events of a batch read the commitments they name again in one look-up, each once, however many events. */
    @Test
    void theEventsOfABatchReadTheirCommitmentsAgainInOneLookUp() {
        String first = json(api().post("/api/v1/commitments", CommitmentMother.reportWithinOneYear(
                "listed-batch-" + UUID.randomUUID().toString().substring(0, 8)))).get("id").asString();
        String second = json(api().post("/api/v1/commitments", CommitmentMother.reportWithinOneYear(
                "listed-batch-" + UUID.randomUUID().toString().substring(0, 8)))).get("id").asString();
        java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
        // this replica's reads alone: the service's own, run by the tests beside this one, are not counted
        MongoTemplate counted = new MongoTemplate(mongo.getMongoDatabaseFactory(), mongo.getConverter()) {
            @Override
            public <T> java.util.List<T> find(Query query, Class<T> entityClass) {
                reads.incrementAndGet();
                return super.find(query, entityClass);
            }

            @Override
            public <T> T findOne(Query query, Class<T> entityClass) {
                reads.incrementAndGet();
                return super.findOne(query, entityClass);
            }
        };
        ListedCommitments listed = new ListedCommitments(counted, new SimpleMeterRegistry());
        listed.all().count();
        for (String id : java.util.List.of(first, second)) {
            mongo.updateFirst(new Query(where("_id").is(id)),
                    new Update().set("title", "Renamed in a batch").inc("version", 1), "commitments");
        }
        reads.set(0);

        listed.heard(List.of(new ListedCommitments.Heard(first, "event 1 of another replica"),
                new ListedCommitments.Heard(second, "event 2 of another replica"),
                new ListedCommitments.Heard(first, "event 3 of another replica")));

        assertThat(reads.get()).isEqualTo(1);
        assertThat(listed.all().filter(l -> l.commitment().id().equals(first) || l.commitment().id().equals(second))
                .map(l -> l.commitment().title())).containsExactly("Renamed in a batch", "Renamed in a batch");
    }

    private static double refreshes(MeterRegistry meters, String outcome) {
        Counter counter = meters.find("roadmap.listed.refreshes").tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }
}
