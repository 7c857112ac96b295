package org.roadmap.platform.outbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import org.roadmap.platform.work.LeasedLoop;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * How far behind the relay is. A failing relay is {@code DEGRADED}, not down: writes are still
 * accepted and kept in the outbox until Kafka is back.
 */
class OutboxHealthIndicator extends AbstractHealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED");

    private final OutboxRelay relay;
    private final MongoTemplate mongo;
    private final OutboxProperties properties;

    OutboxHealthIndicator(OutboxRelay relay, MongoTemplate mongo, OutboxProperties properties) {
        super("Outbox health check failed");
        this.relay = relay;
        this.mongo = mongo;
        this.properties = properties;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        long pending = 0;
        for (String collection : properties.collections()) {
            pending += mongo.count(new Query(where(Outbox.PENDING).is(true)), collection);
        }
        LeasedLoop.Status status = relay.status();
        boolean failing = status.failing();
        builder.status(failing ? DEGRADED : Status.UP)
                .withDetail("aggregatesWithPendingEvents", pending)
                .withDetail("relayEnabled", properties.relayEnabled());
        if (status.lastSuccess() != null) {
            builder.withDetail("lastSuccessfulPass", status.lastSuccess().toString());
        }
        if (failing) {
            builder.withDetail("lastError", String.valueOf(status.lastError()));
        }
    }
}
