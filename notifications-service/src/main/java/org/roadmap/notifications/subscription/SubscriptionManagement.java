package org.roadmap.notifications.subscription;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.roadmap.platform.aggregate.IdempotencyKeyReusedException;
import org.roadmap.notifications.NotFoundException;
import org.roadmap.platform.aggregate.StaleVersionException;
import org.roadmap.notifications.recipient.RecipientManagement;
import org.roadmap.notifications.recipient.RecipientsVersion;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** Use cases of subscriptions; each change makes the alert schedule replan the recipient. */
@Service
public class SubscriptionManagement {

    private final Subscriptions subscriptions;
    private final RecipientManagement recipients;
    private final MongoTemplate mongo;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final RecipientsVersion version;

    SubscriptionManagement(Subscriptions subscriptions, RecipientManagement recipients, MongoTemplate mongo,
            Clock clock, ApplicationEventPublisher events, RecipientsVersion version) {
        this.subscriptions = subscriptions;
        this.recipients = recipients;
        this.mongo = mongo;
        this.clock = clock;
        this.events = events;
        this.version = version;
    }

    /**
     * @throws NotFoundException when the recipient does not exist
     */
    public Created subscribe(String recipientId, SubscriptionTerms terms, String idempotencyKey, String requestDigest) {
        recipients.load(recipientId);
        String id = idempotencyKey == null ? UUID.randomUUID().toString()
                : UUID.nameUUIDFromBytes(("subscription:" + idempotencyKey).getBytes(StandardCharsets.UTF_8)).toString();
        Subscription subscription = new Subscription(id, recipientId, terms.roadMapId(), terms.pillar(),
                terms.commitmentId(), terms.responsibleEntity(), terms.meetingSeriesId(), terms.kinds(),
                terms.leadTimes(), 1, clock.instant(), clock.instant(), requestDigest);
        try {
            mongo.insert(subscription);
        } catch (DuplicateKeyException e) {
            Subscription earlier = load(id);
            if (!String.valueOf(earlier.requestDigest()).equals(String.valueOf(requestDigest))) {
                throw new IdempotencyKeyReusedException(idempotencyKey);
            }
            return new Created(earlier, true);
        }
        version.raise();
        events.publishEvent(new SubscriptionsChanged(recipientId));
        return new Created(subscription, false);
    }

    /** A created subscription; {@code replayed} when an earlier request with the same key created it. */
    public record Created(Subscription subscription, boolean replayed) {
    }

    /** @param current the subscription as the caller read it (to check who may change it): the change starts from it */
    public Subscription change(Subscription current, long expectedVersion, SubscriptionTerms terms) {
        String id = current.id();
        if (current.version() != expectedVersion) {
            throw new StaleVersionException("subscription", id, expectedVersion, current.version());
        }
        Subscription next = current.changed(terms, clock.instant());
        Query unchanged = new Query(where("_id").is(id).and("version").is(current.version()));
        org.bson.Document document = new org.bson.Document();
        mongo.getConverter().write(next, document);
        if (mongo.findAndReplace(unchanged, document, "subscriptions") == null) {
            throw new StaleVersionException("subscription", id, expectedVersion, load(id).version());
        }
        version.raise();
        events.publishEvent(new SubscriptionsChanged(current.recipientId()));
        return next;
    }

    public void unsubscribe(String id, long expectedVersion) {
        Subscription current = load(id);
        if (current.version() != expectedVersion) {
            throw new StaleVersionException("subscription", id, expectedVersion, current.version());
        }
        if (mongo.remove(new Query(where("_id").is(id).and("version").is(expectedVersion)), Subscription.class)
                .getDeletedCount() == 0) {
            throw new StaleVersionException("subscription", id, expectedVersion, load(id).version());
        }
        version.raise();
        events.publishEvent(new SubscriptionsChanged(current.recipientId()));
    }

    public Optional<Subscription> find(String id) {
        return subscriptions.findById(id);
    }

    public Subscription load(String id) {
        return subscriptions.findById(id).orElseThrow(() -> new NotFoundException("subscription", id));
    }

    public List<Subscription> ofRecipient(String recipientId) {
        return subscriptions.findByRecipientId(recipientId);
    }

    public List<Subscription> all() {
        return subscriptions.findAll();
    }

    /** Many subscriptions at once, for set-ups and benchmarks: one bulk insert. */
    public void subscribeAll(List<Subscription> many) {
        mongo.insertAll(many);
        version.raise();
    }
}
