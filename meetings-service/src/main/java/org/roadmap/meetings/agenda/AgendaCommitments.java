package org.roadmap.meetings.agenda;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.util.Optional;

import org.roadmap.events.EventEnvelope;
import org.roadmap.events.commitment.CommitmentRegistered;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/** Keeps the agenda commitments current. Upserts, so an event applied twice changes nothing. */
@Service
public class AgendaCommitments {

    private final MongoTemplate mongo;
    private final Clock clock;

    AgendaCommitments(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public void registered(EventEnvelope event, CommitmentRegistered registered) {
        mongo.upsert(new Query(where("_id").is(registered.commitmentId())), new Update()
                .set("roadMapId", registered.roadMapId())
                .set("reference", registered.reference())
                .set("title", registered.title())
                .set("lastEventId", event.id())
                .set("updatedAt", clock.instant()), AgendaCommitment.class);
    }

    public Optional<AgendaCommitment> find(String commitmentId) {
        return Optional.ofNullable(mongo.findById(commitmentId, AgendaCommitment.class));
    }
}
