package org.roadmap.notifications.delivery;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.roadmap.notifications.alert.Alert;
import org.roadmap.notifications.alert.AlertSchedule;
import org.roadmap.notifications.alert.DeliveryTimes;
import org.roadmap.notifications.alert.DueDigests;
import org.roadmap.notifications.recipient.Recipient;
import org.roadmap.notifications.recipient.RecipientManagement;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Daily digests: a due alert of a recipient who asked for one joins the digest of their local day
 * (one document per recipient and day, so a day has one digest); the digest is indexed in the alert
 * schedule at its due time and sent by the alert scheduler's round, once every alert due before it is handled.
 * Collecting and sending both happen in that round, which one replica runs at a time.
 */
@Service
class DailyDigests implements DueDigests {

    /** Days ahead an alert may move when today's digest has gone already. */
    private static final int DAYS_TRIED = 3;

    /** How many digests {@link #indexed} remembers: the recipients of a few days. */
    private static final int INDEXED_KEPT = 50_000;

    private final MongoTemplate mongo;
    private final AlertSchedule schedule;
    private final RecipientManagement recipients;
    private final DeliveryManagement deliveries;
    private final DeliveryTimes times;
    /** Digests this process has indexed: the latest 50,000, a few days of every recipient's. */
    private final Set<String> indexed = Collections.newSetFromMap(Collections.synchronizedMap(
            new LinkedHashMap<>(1_024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                    return size() > INDEXED_KEPT;
                }
            }));

    DailyDigests(MongoTemplate mongo, AlertSchedule schedule, RecipientManagement recipients,
            DeliveryManagement deliveries, DeliveryTimes times) {
        this.mongo = mongo;
        this.schedule = schedule;
        this.recipients = recipients;
        this.deliveries = deliveries;
        this.times = times;
    }

    /**
     * Adds the alert to the recipient's digest of today (in their zone); when today's has been sent or is
     * being sent, to tomorrow's. Adding twice sends it once: the digest's alerts are read each once.
     * <p>
     * A day's digest may collect thousands of alerts (a large import's deadlines, for someone who follows them all):
     * each is appended ({@code $push}, where {@code $addToSet} compared it with every entry there), the write answers
     * the digest's due time only, not every entry so far, and the due time is indexed once per digest by this
     * process (the first time after a start again, so a digest a crash left unindexed is indexed by the next alert).
     */
    void collect(Alert alert, Recipient recipient, boolean late, Instant now) {
        LocalDate day = now.atZone(recipient.zone()).toLocalDate();
        for (int tried = 0; tried < DAYS_TRIED; tried++, day = day.plusDays(1)) {
            String id = Digest.idOf(recipient.id(), day);
            Query open = new Query(where("_id").is(id).and("status").is(Digest.OPEN));
            open.fields().include("dueAt");
            Update add = new Update().push("entries", new Digest.Entry(alert.id(), alert.occurrence(), late))
                    .setOnInsert("recipientId", recipient.id()).setOnInsert("day", day)
                    .setOnInsert("dueAt", dueOn(day, recipient, now));
            try {
                Digest digest = mongo.findAndModify(open, add,
                        FindAndModifyOptions.options().upsert(true).returnNew(true), Digest.class);
                if (!indexed.contains(digest.id())) {
                    schedule.indexDigest(digest.id(), digest.dueAt());
                    indexed.add(digest.id());
                }
                return;
            } catch (DuplicateKeyException sentOrBeingSent) {
                // that day's digest is out: the next day's takes the alert
            }
        }
        throw new IllegalStateException("No open digest for " + recipient.id() + " in " + DAYS_TRIED + " days");
    }

    /**
     * Closes the digest to more alerts, delivers it, then marks it sent. A round cut short in between leaves
     * it {@code SENDING}: the next round sends it again, and its deliveries, keyed by digest and channel, go
     * out once.
     */
    @Override
    public boolean send(String digestId, Instant now) {
        Query due = new Query(where("_id").is(digestId).and("status").in(Digest.OPEN, Digest.SENDING)
                .and("dueAt").lte(Date.from(now)));
        Digest digest = mongo.findAndModify(due, new Update().set("status", Digest.SENDING),
                FindAndModifyOptions.options().returnNew(true), Digest.class);
        if (digest == null) {
            Digest current = mongo.findById(digestId, Digest.class);
            return current == null || Digest.SENT.equals(current.status());
        }
        recipients.find(digest.recipientId()).ifPresent(recipient -> deliveries.deliverDigest(digest,
                alertsOf(digest), recipient, now));
        mongo.updateFirst(new Query(where("_id").is(digestId)), new Update().set("status", Digest.SENT)
                .set("sentAt", now), Digest.class);
        return true;
    }

    /** The digest's alerts in the order they came, each once, as they fired (late or not). */
    private List<Alert> alertsOf(Digest digest) {
        Map<String, Digest.Entry> entries = new LinkedHashMap<>();
        digest.entries().forEach(e -> entries.putIfAbsent(e.alertId(), e));
        Map<String, Alert> alerts = schedule.byIds(entries.keySet());
        List<Alert> ordered = new ArrayList<>();
        entries.values().forEach(e -> {
            Alert alert = alerts.get(e.alertId());
            if (alert != null) {
                ordered.add(alert.firedLate(e.late()));
            }
        });
        return ordered;
    }

    /** The delivery time of the day; when that has passed already (late alerts), the first allowed moment from now. */
    private Instant dueOn(LocalDate day, Recipient recipient, Instant now) {
        Instant at = times.on(day, recipient);
        return at.isBefore(now) ? times.outsideQuietHours(now, recipient) : at;
    }
}
