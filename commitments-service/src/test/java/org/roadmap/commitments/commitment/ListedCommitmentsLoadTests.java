package org.roadmap.commitments.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roadmap.platform.test.ApiClient.json;
import static org.springframework.data.mongodb.core.query.Criteria.where;

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

        restarted.heard(id, "an event of another replica");

        assertThat(refreshes(meters, "not-listed-yet")).isEqualTo(1);
        assertThat(refreshes(meters, "read")).isZero();
        assertThat(restarted.all().filter(listed -> listed.commitment().id().equals(id))
                .map(listed -> listed.commitment().title())).containsExactly("Renamed by another replica");

        // once it lists, what another replica writes is read when its event comes
        mongo.updateFirst(new Query(where("_id").is(id)),
                new Update().set("title", "Renamed again").inc("version", 1), "commitments");
        restarted.heard(id, "a later event of another replica");
        assertThat(refreshes(meters, "read")).isEqualTo(1);
        assertThat(restarted.all().filter(listed -> listed.commitment().id().equals(id))
                .map(listed -> listed.commitment().title())).containsExactly("Renamed again");
    }

    private static double refreshes(MeterRegistry meters, String outcome) {
        Counter counter = meters.find("roadmap.listed.refreshes").tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }
}
