package org.roadmap.notifications.delivery;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Set;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.roadmap.notifications.NotFoundException;
import org.roadmap.notifications.alert.Alert;
import org.roadmap.notifications.alert.AlertDispatch;
import org.roadmap.notifications.inbox.InboxItem;
import org.roadmap.notifications.inbox.InboxManagement;
import org.roadmap.notifications.message.Message;
import org.roadmap.notifications.message.Messages;
import org.roadmap.notifications.recipient.Channel;
import org.roadmap.notifications.recipient.Recipient;
import org.roadmap.platform.outbox.OutboxWriter;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Delivers due alerts to each channel of their recipient, once: the delivery document (keyed
 * by alert, occurrence and channel) is inserted before sending, so a second attempt to deliver
 * the same thing finds it; its final status is written together with its event through the outbox.
 */
@Service
public class DeliveryManagement {

    private final MongoTemplate mongo;
    private final OutboxWriter outbox;
    private final Messages messages;
    private final Map<Channel, ChannelSender> senders = new EnumMap<>(Channel.class);
    private final InboxManagement inbox;
    private final Clock clock;

    DeliveryManagement(MongoTemplate mongo, OutboxWriter outbox, Messages messages, List<ChannelSender> senders,
            InboxManagement inbox, Clock clock) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.messages = messages;
        this.inbox = inbox;
        senders.forEach(s -> this.senders.put(s.channel(), s));
        this.clock = clock;
    }

    /** Delivers {@code alert} to those of the recipient's channels named, once each. */
    void deliver(Alert alert, Recipient recipient, boolean late, Instant now, java.util.Set<Channel> channels) {
        Message message = null;
        for (Channel channel : recipient.channels()) {
            ChannelSender sender = senders.get(channel);
            if (sender == null || !channels.contains(channel)) {
                continue;
            }
            Delivery pending = new Delivery(Delivery.idOf(alert.id(), alert.occurrence(), channel), alert.id(),
                    alert.occurrence(), recipient.id(), channel, alert.kind().code(), alert.occasion().aboutId(),
                    DeliveryStatus.PENDING, List.of(), late, null, null, now, null);
            if (!begin(pending)) {
                continue;
            }
            if (message == null) {
                message = messages.render(alert, recipient, late, now);
            }
            finish(pending, message, sender.send(pending.id(), alert.firedLate(late), recipient, message));
        }
    }

    /**
     * Puts due alerts in their recipients' in-app inboxes, in bulk: the items (keyed by delivery id), the
     * inbox indexes, then the deliveries, inserted final with their {@code NotificationSent} (outbox). Each
     * write is idempotent, so a pass retried after a crash adds what is missing and nothing twice.
     */
    void deliverToInboxes(List<AlertDispatch.Due> due, Instant now) {
        if (due.isEmpty()) {
            return;
        }
        List<InboxItem> items = new ArrayList<>();
        List<OutboxWriter.NewAggregate> sent = new ArrayList<>();
        for (AlertDispatch.Due d : due) {
            Alert alert = d.alert();
            Message message = messages.render(alert, d.recipient(), d.late(), now);
            String id = Delivery.idOf(alert.id(), alert.occurrence(), Channel.INBOX);
            items.add(new InboxItem(id, d.recipient().id(), alert.kind().code(), alert.occasion().aboutId(),
                    message.subject(), message.body(), d.late(), now, null));
            Outcome outcome = Outcome.sent(new Attempt(now, true, "sent"));
            Delivery delivery = new Delivery(id, alert.id(), alert.occurrence(), d.recipient().id(), Channel.INBOX,
                    alert.kind().code(), alert.occasion().aboutId(), DeliveryStatus.SENT, outcome.attempts(),
                    d.late(), message.subject(), null, now, now);
            sent.add(new OutboxWriter.NewAggregate(delivery, delivery.recipientId(),
                    List.of(DeliveryEvents.of(delivery, outcome, now))));
        }
        inbox.addAll(items);
        Set<Object> inserted = outbox.insertAll(Delivery.class, sent);
        if (inserted.size() < sent.size()) {
            finishInterrupted(sent, inserted, now);
        }
    }

    /** Deliveries left pending by a crash (before deliveries were written final at once) are finished now. */
    private void finishInterrupted(List<OutboxWriter.NewAggregate> sent, Set<Object> inserted, Instant now) {
        for (OutboxWriter.NewAggregate s : sent) {
            Delivery delivery = (Delivery) s.aggregate();
            if (!inserted.contains(delivery.id()) && find(delivery.id())
                    .map(d -> d.status() == DeliveryStatus.PENDING).orElse(false)) {
                finish(delivery, new Message(delivery.subject(), ""), Outcome.sent(new Attempt(now, true, "sent")));
            }
        }
    }

    /**
     * Delivers a daily digest to the recipient's e-mail and webhook, once each: the deliveries are keyed
     * by the digest and the channel, whatever is retried.
     */
    void deliverDigest(Digest digest, List<Alert> alerts, Recipient recipient, Instant now) {
        Message message = null;
        for (Channel channel : recipient.channels()) {
            ChannelSender sender = senders.get(channel);
            if (sender == null || channel == Channel.INBOX) {
                continue;
            }
            String about = org.roadmap.notifications.alert.DueDigests.ENTRY_PREFIX + digest.id();
            Delivery pending = new Delivery(Delivery.idOf(about, 0, channel), about, 0, recipient.id(), channel,
                    "daily-digest", about, DeliveryStatus.PENDING, List.of(), false, null, null, now, null);
            if (!begin(pending)) {
                continue;
            }
            if (message == null) {
                message = messages.renderDigest(alerts, recipient, digest.day(), now);
            }
            finish(pending, message, sender.sendDigest(pending.id(), alerts, recipient, message));
        }
    }

    /** Inserts the pending delivery; false when it exists and is already final. */
    private boolean begin(Delivery pending) {
        try {
            outbox.insert(pending, pending.recipientId(), List.of());
            return true;
        } catch (DuplicateKeyException e) {
            return find(pending.id()).map(d -> d.status() == DeliveryStatus.PENDING).orElse(false);
        }
    }

    private void finish(Delivery pending, Message message, Outcome outcome) {
        Instant at = clock.instant();
        Update update = new Update().set("status", outcome.sent() ? DeliveryStatus.SENT : DeliveryStatus.FAILED)
                .set("attempts", outcome.attempts()).set("subject", message.subject()).set("finishedAt", at);
        if (outcome.reason() != null) {
            update.set("reason", outcome.reason());
        }
        outbox.update(new Query(where("_id").is(pending.id())), update, Delivery.class, pending.recipientId(),
                List.of(DeliveryEvents.of(pending, outcome, at)));
    }

    public Optional<Delivery> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Delivery.class));
    }

    public Delivery load(String id) {
        return find(id).orElseThrow(() -> new NotFoundException("delivery", id));
    }

    /**
     * A recipient's deliveries, or everyone's when {@code recipientId} is {@code null}, newest first (a scan
     * on the embedded server; indexed on MongoDB).
     */
    public List<Delivery> ofRecipient(String recipientId, DeliveryStatus status, int limit) {
        Query query = recipientId == null ? new Query() : new Query(where("recipientId").is(recipientId));
        if (status != null) {
            query.addCriteria(where("status").is(status));
        }
        query.with(org.springframework.data.domain.Sort.by(org.springframework.data.domain.Sort.Direction.DESC,
                "createdAt")).limit(limit);
        return mongo.find(query, Delivery.class);
    }
}
