package org.roadmap.notifications.commitment;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.util.Optional;

import org.roadmap.events.EventEnvelope;
import org.roadmap.events.commitment.CommitmentRegistered;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/** Keeps {@link KnownCommitment}s up to date. Each change is an upsert, so applying an event twice changes nothing. */
@Service
public class CommitmentProjection {

    private final MongoTemplate mongo;
    private final KnownCommitments known;
    private final Clock clock;

    CommitmentProjection(MongoTemplate mongo, KnownCommitments known, Clock clock) {
        this.mongo = mongo;
        this.known = known;
        this.clock = clock;
    }

    public void registered(EventEnvelope event, CommitmentRegistered registered) {
        Update update = new Update()
                .set("roadMapId", registered.roadMapId())
                .set("reference", registered.reference())
                .set("title", registered.title())
                .set("deadline", registered.deadline())
                .set("responsibleEntities", registered.responsibleEntities())
                .set("restricted", registered.restricted())
                .set("lastEventId", event.id())
                .set("updatedAt", clock.instant());
        mongo.upsert(new Query(where("_id").is(registered.commitmentId())), update, KnownCommitment.class);
    }

    public Optional<KnownCommitment> find(String commitmentId) {
        return known.findById(commitmentId);
    }
}
