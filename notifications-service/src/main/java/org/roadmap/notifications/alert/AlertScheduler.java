package org.roadmap.notifications.alert;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.bson.Document;
import org.roadmap.notifications.config.NotificationsProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Fires what is due as of {@code clock.instant()}: walks the hours from the watermark to now,
 * claims each non-empty slice with a lease (so, with several replicas, each alert is handled by
 * one), fires its due alerts, and moves the watermark past hours that are done. Alerts missed
 * while the service was down are simply due: they fire on the first pass after a restart, once,
 * marked late. Polls in the background, woken early when an alert was planned due already
 * ({@link FiringLoopWakeUp}); {@link #fireDue()} may also be called directly.
 */
@Component
public class AlertScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AlertScheduler.class);

    private final MongoTemplate mongo;
    private final AlertSchedule schedule;
    private final AlertFiring firing;
    private final DueDigests digests;
    private final FiringLoopWakeUp wakeUp;
    private final NotificationsProperties.Scheduler settings;
    private final Clock clock;
    private final String owner = "scheduler-" + UUID.randomUUID();
    private volatile Thread worker;

    AlertScheduler(MongoTemplate mongo, AlertSchedule schedule, AlertFiring firing, DueDigests digests,
            FiringLoopWakeUp wakeUp, NotificationsProperties properties, Clock clock) {
        this.mongo = mongo;
        this.schedule = schedule;
        this.firing = firing;
        this.digests = digests;
        this.wakeUp = wakeUp;
        this.settings = properties.scheduler();
        this.clock = clock;
    }

    /** Fires every alert due as of now; returns how many were handled (fired, superseded, moved or cancelled). */
    public synchronized int fireDue() {
        Instant now = clock.instant();
        Instant watermark = schedule.watermark();
        if (watermark == null) {
            return 0;
        }
        firing.beginPass();
        int handled = 0;
        boolean contiguous = true;
        for (Instant hour = watermark; !hour.isAfter(Slices.hourOf(now)); hour = hour.plus(Duration.ofHours(1))) {
            if (clock.instant().isBefore(now)) {
                break; // the clock was set back (tests, a corrected system clock): this pass's "now" is stale
            }
            boolean done = true;
            for (int shard = 0; shard < Slices.PER_HOUR; shard++) {
                SliceResult result = fireSlice(Slices.id(hour, shard), now);
                handled += result.handled();
                done &= result.empty();
            }
            if (!done) {
                DigestsResult sent = sendDigests(hour, now);
                handled += sent.sent();
                done = sent.hourEmpty();
            }
            Instant next = hour.plus(Duration.ofHours(1));
            if (contiguous && done && !next.isAfter(now)) {
                contiguous = schedule.advanceWatermark(hour, next);
            } else {
                contiguous = false;
            }
        }
        return handled;
    }

    private record SliceResult(int handled, boolean empty) {
    }

    private record DigestsResult(int sent, boolean hourEmpty) {
    }

    /**
     * Sends the digests of one hour that are due, each once every alert due up to its time is handled
     * (no slice of the hour holds such an alert or is being worked on by another replica); the others wait
     * for the next pass.
     */
    private DigestsResult sendDigests(Instant hour, Instant now) {
        List<Document> slices = schedule.slicesOf(hour);
        int sent = 0;
        for (Document slice : slices) {
            for (Document entry : slice.getList("entries", Document.class, List.of())) {
                Instant due = entry.getDate("d").toInstant();
                String id = entry.getString("a");
                if (isDigest(entry) && !due.isAfter(now) && settled(slices, due, now)
                        && digests.send(id.substring(DueDigests.ENTRY_PREFIX.length()), now)) {
                    schedule.pullEntries(slice.getString("_id"), List.of(entry));
                    sent++;
                }
            }
        }
        boolean empty = true;
        for (Document slice : slices) {
            mongo.remove(new Query(where("_id").is(slice.getString("_id")).and("entries").size(0)
                    .and("leaseUntil").is(null)), Slices.COLLECTION);
            empty &= !mongo.exists(new Query(where("_id").is(slice.getString("_id"))), Slices.COLLECTION);
        }
        return new DigestsResult(sent, empty);
    }

    private boolean settled(List<Document> slices, Instant due, Instant now) {
        for (Document slice : slices) {
            Date leased = slice.getDate("leaseUntil");
            if (leased != null && leased.toInstant().isAfter(now)) {
                return false;
            }
            for (Document entry : slice.getList("entries", Document.class, List.of())) {
                if (!isDigest(entry) && !entry.getDate("d").toInstant().isAfter(due)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isDigest(Document entry) {
        return entry.getString("a").startsWith(DueDigests.ENTRY_PREFIX);
    }

    private SliceResult fireSlice(String sliceId, Instant now) {
        Document slice = claim(sliceId, now);
        if (slice == null) {
            return new SliceResult(0, !mongo.exists(new Query(where("_id").is(sliceId)), Slices.COLLECTION));
        }
        int handled = 0;
        try {
            List<Document> entries = new ArrayList<>(slice.getList("entries", Document.class, List.of()));
            Object version = slice.get(Slices.VERSION);
            List<Document> due = entries.stream()
                    .filter(e -> !isDigest(e) && !e.getDate("d").toInstant().isAfter(now))
                    .sorted(java.util.Comparator.comparing(e -> e.getDate("d"))).toList();
            for (int from = 0; from < due.size() && !clock.instant().isBefore(now); from += settings.batchSize()) {
                List<Document> batch = due.subList(from, Math.min(due.size(), from + settings.batchSize()));
                List<Document> processed = new ArrayList<>();
                var alerts = schedule.byIds(batch.stream().map(e -> e.getString("a")).toList());
                try {
                    firing.fireAll(batch.stream().map(e -> alerts.get(e.getString("a"))).toList(), now);
                    processed.addAll(batch);
                } catch (RuntimeException batchFailed) {
                    // one by one, so one alert that cannot be fired does not hold back the others
                    for (Document entry : batch) {
                        String id = entry.getString("a");
                        try {
                            firing.fire(alerts.get(id), now);
                            processed.add(entry);
                        } catch (RuntimeException e) {
                            log.warn("Alert {} could not be fired, kept for the next pass: {}", id, e.getMessage());
                        }
                    }
                }
                version = removeProcessed(sliceId, version, entries, processed);
                handled += processed.size();
                renew(sliceId, now);
            }
        } finally {
            release(sliceId);
        }
        mongo.remove(new Query(where("_id").is(sliceId).and("entries").size(0).and("leaseUntil").is(null)),
                Slices.COLLECTION);
        return new SliceResult(handled, !mongo.exists(new Query(where("_id").is(sliceId)), Slices.COLLECTION));
    }

    /**
     * Takes processed entries out of the slice: rewrites its entries when it is unchanged since we read it
     * (the common case, linear), else pulls exactly these (a planner added or removed some meanwhile).
     *
     * @return the slice's version now, or null when it must be read afresh
     */
    private Object removeProcessed(String sliceId, Object version, List<Document> entries, List<Document> processed) {
        if (processed.isEmpty()) {
            return version;
        }
        Set<Document> done = new HashSet<>(processed);
        entries.removeIf(done::contains);
        if (version != null && schedule.replaceEntries(sliceId, version, entries)) {
            return version instanceof Integer small ? Integer.valueOf(small + 1) : ((Number) version).longValue() + 1;
        }
        schedule.pullEntries(sliceId, processed);
        return null;
    }

    private Document claim(String sliceId, Instant now) {
        Query free = new Query(where("_id").is(sliceId).orOperator(where("leaseUntil").is(null),
                where("leaseUntil").lte(Date.from(now))));
        Update lease = new Update().set("leaseOwner", owner).set("leaseUntil", Date.from(now.plus(settings.lease())));
        return mongo.findAndModify(free, lease, FindAndModifyOptions.options().returnNew(true), Document.class,
                Slices.COLLECTION);
    }

    private void renew(String sliceId, Instant now) {
        mongo.updateFirst(new Query(where("_id").is(sliceId)),
                new Update().set("leaseUntil", Date.from(clock.instant().plus(settings.lease()))), Slices.COLLECTION);
    }

    private void release(String sliceId) {
        mongo.updateFirst(new Query(where("_id").is(sliceId)), new Update().unset("leaseOwner").set("leaseUntil", null),
                Slices.COLLECTION);
    }

    @Override
    public void start() {
        if (!settings.enabled() || worker != null) {
            return;
        }
        Thread thread = new Thread(this::run, "alert-scheduler");
        thread.setDaemon(true);
        worker = thread;
        thread.start();
    }

    @Override
    public void stop() {
        Thread running = worker;
        worker = null;
        if (running != null) {
            running.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return worker != null;
    }

    private void run() {
        while (worker == Thread.currentThread()) {
            try {
                fireDue();
                wakeUp.await(settings.pollInterval());
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                log.warn("Alert scheduler pass failed, retrying: {}", e.getMessage());
                try {
                    Thread.sleep(settings.pollInterval().toMillis());
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }
}
