package org.roadmap.notifications.alert;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bson.Document;
import org.roadmap.notifications.config.NotificationsProperties;
import org.roadmap.platform.work.Lease;
import org.roadmap.platform.work.LeasedLoop;
import org.roadmap.platform.work.LeasedWork;
import org.roadmap.platform.work.Schedule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Fires what is due as of {@code clock.instant()}: walks the hours from the watermark to now, fires the
 * due alerts of each slice, sends the hour's due digests, and moves the watermark past hours that are
 * done. Alerts missed while the service was down are simply due: they fire on the first round after a
 * restart, once, marked late. Runs as leased work ({@code alert-scheduler}): one replica fires at a time,
 * renewing the lease before each batch, every {@code poll-interval} and at once when planning produced an
 * alert due already ({@link #wake()}); {@link #fireDue()} runs a round directly.
 */
@Component
public class AlertScheduler {

    private static final Logger log = LoggerFactory.getLogger(AlertScheduler.class);

    private final MongoTemplate mongo;
    private final AlertSchedule schedule;
    private final AlertFiring firing;
    private final DueDigests digests;
    private final NotificationsProperties.Scheduler settings;
    private final Clock clock;
    private final LeasedLoop loop;

    AlertScheduler(MongoTemplate mongo, AlertSchedule schedule, AlertFiring firing, DueDigests digests,
            LeasedWork work, NotificationsProperties properties, Clock clock) {
        this.mongo = mongo;
        this.schedule = schedule;
        this.firing = firing;
        this.digests = digests;
        this.settings = properties.scheduler();
        this.clock = clock;
        this.loop = work.loop("alert-scheduler", Schedule.every(settings.pollInterval(), settings.lease())
                .lingering(settings.linger()).paced(settings.pace()).onlyIf(settings.enabled()), this::fire);
    }

    /**
     * Fires every alert due as of now, once a round this replica is running has ended.
     *
     * @return how many were handled (fired, superseded, moved or cancelled, digests sent); 0 while another
     *         replica fires
     */
    public int fireDue() {
        return loop.runOnce().orElse(0);
    }

    /** Cuts the wait for the next round short: planning produced an alert that is due already. */
    void wake() {
        loop.wake();
    }

    private int fire(Lease lease) {
        Instant now = clock.instant();
        Instant watermark = schedule.watermark();
        if (watermark == null) {
            return 0;
        }
        firing.beginPass(watermark);
        int handled = 0;
        boolean contiguous = true;
        Instant current = Slices.hourOf(now);
        for (Instant hour = watermark; !hour.isAfter(current); hour = hour.plus(Duration.ofHours(1))) {
            if (clock.instant().isBefore(now)) {
                break; // the clock was set back (tests, a corrected system clock): this round's "now" is stale
            }
            // the current hour's slices are emptied and filled again by a stream of alerts due at once: they stay
            // until the hour is over, when the round that moves the watermark past it removes them
            boolean over = hour.isBefore(current);
            // the hour's slices in one query, not one look-up per shard: most of them hold nothing
            HourResult fired = fireHour(schedule.slicesOf(hour), now, lease, over);
            handled += fired.handled();
            boolean done = fired.empty();
            if (!done) {
                // reads the hour's slices again: firing changed them, and planners may have since
                DigestsResult sent = sendDigests(hour, now, lease, over);
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

    private record HourResult(int handled, boolean empty) {
    }

    private record DigestsResult(int sent, boolean hourEmpty) {
    }

    /**
     * Sends the digests of one hour that are due, each once every alert due up to its time is handled (no
     * slice of the hour holds such an alert); the others wait for the next round.
     */
    private DigestsResult sendDigests(Instant hour, Instant now, Lease lease, boolean over) {
        List<Document> slices = schedule.slicesOf(hour);
        int sent = 0;
        for (Document slice : slices) {
            for (Document entry : slice.getList("entries", Document.class, List.of())) {
                Instant due = entry.getDate("d").toInstant();
                String id = entry.getString("a");
                if (isDigest(entry) && !due.isAfter(now) && settled(slices, due)) {
                    lease.renew();
                    if (digests.send(id.substring(DueDigests.ENTRY_PREFIX.length()), now)) {
                        schedule.pullEntries(slice.getString("_id"), List.of(entry));
                        sent++;
                    }
                }
            }
        }
        if (!over) {
            // the current hour's emptiness moves nothing: the watermark does not pass an hour before it is over
            return new DigestsResult(sent, false);
        }
        boolean empty = true;
        for (Document slice : slices) {
            empty &= !removeIfEmpty(slice.getString("_id"));
        }
        return new DigestsResult(sent, empty);
    }

    private static boolean settled(List<Document> slices, Instant due) {
        for (Document slice : slices) {
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

    /** One slice of an hour as this round read it: its entries and version, updated as batches are taken out. */
    private static final class SliceState {
        final String id;
        final List<Document> entries;
        Object version;

        SliceState(Document slice) {
            this.id = slice.getString("_id");
            this.entries = new ArrayList<>(slice.getList("entries", Document.class, List.of()));
            this.version = slice.get(Slices.VERSION);
        }
    }

    /**
     * Fires the due alerts of an hour's slices, soonest first, in batches that span the slices: each batch reads
     * its alerts, their recipients and their occasions once and writes their outcomes together, however the
     * alerts' ids spread them over the shards. Then takes each batch's entries out of their slices.
     */
    private HourResult fireHour(List<Document> slices, Instant now, Lease lease, boolean over) {
        List<SliceState> states = slices.stream().map(SliceState::new).toList();
        Map<Document, SliceState> sliceOf = new IdentityHashMap<>();
        List<Document> due = new ArrayList<>();
        // an entry a repeated write left twice is fired once; taking it out of its slice takes out both
        Set<Document> seen = new HashSet<>();
        for (SliceState state : states) {
            for (Document entry : state.entries) {
                if (!isDigest(entry) && !entry.getDate("d").toInstant().isAfter(now) && seen.add(entry)) {
                    sliceOf.put(entry, state);
                    due.add(entry);
                }
            }
        }
        due.sort(java.util.Comparator.comparing(e -> e.getDate("d")));
        int handled = 0;
        for (int from = 0; from < due.size() && !clock.instant().isBefore(now); from += settings.batchSize()) {
            lease.renew();
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
                        log.warn("Alert {} could not be fired, kept for the next round: {}", id, e.toString());
                    }
                }
            }
            Map<SliceState, List<Document>> bySlice = new LinkedHashMap<>();
            processed.forEach(entry -> bySlice.computeIfAbsent(sliceOf.get(entry), s -> new ArrayList<>()).add(entry));
            bySlice.forEach(this::removeProcessed);
            handled += processed.size();
        }
        boolean empty = true;
        for (SliceState state : states) {
            // within the hour, a slice left with entries (digests, alerts due later in it) sends the round on to
            // the digests; one a planner filled since the read is fired by the round its planning wakes
            empty &= over ? !removeIfEmpty(state.id) : state.entries.isEmpty();
        }
        return new HourResult(handled, empty);
    }

    /**
     * Removes the slice once it holds nothing. A slice stored before firing ran as leased work may still
     * carry the {@code leaseOwner}/{@code leaseUntil} of the claims it used then: they are no longer read.
     *
     * @return whether the slice is still there: only this round removes slices, so one it read and did not remove
     *         holds entries
     */
    private boolean removeIfEmpty(String sliceId) {
        return mongo.remove(new Query(where("_id").is(sliceId).and("entries").size(0)), Slices.COLLECTION)
                .getDeletedCount() == 0;
    }

    /**
     * Takes processed entries out of the slice: rewrites its entries when it is unchanged since we read it
     * (the common case, linear), else pulls exactly these (a planner added or removed some meanwhile). Leaves the
     * slice's version as it is now, or null when it must be read afresh.
     */
    private void removeProcessed(SliceState slice, List<Document> processed) {
        Set<Document> done = new HashSet<>(processed);
        slice.entries.removeIf(done::contains);
        Object version = slice.version;
        if (version != null && schedule.replaceEntries(slice.id, version, slice.entries)) {
            slice.version = version instanceof Integer small ? Integer.valueOf(small + 1)
                    : ((Number) version).longValue() + 1;
            return;
        }
        schedule.pullEntries(slice.id, processed);
        slice.version = null;
    }
}
