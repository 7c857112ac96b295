package org.roadmap.notifications.alert;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The durable alert schedule in MongoDB, in collections that are only ever read by {@code _id}:
 * {@code alerts} (one document per alert), {@code alert_plans} (per occasion, the ids of its current
 * alerts and their recipients, so a replan knows what to replace), {@code alert_plan_records} (per
 * occasion, pages of the alerts that left its plan after they fired or were cancelled, so that its
 * history can be listed while the plan stays the size of what is planned) and {@code alert_slices} (the
 * due-time index, see {@link Slices}), plus a watermark: the first hour that may still hold due alerts.
 * No write needs a multi-document transaction: each step is idempotent, so a crash halfway is
 * repaired by the next replan (driven by the next event or start) or by the scheduler.
 */
@Component
public class AlertSchedule {

    static final String PLANS = "alert_plans";
    static final String RECORDS = "alert_plan_records";
    /** How many alerts a page of a plan's records holds, give or take one replan's worth. */
    static final int RECORDS_PER_PAGE = 100;
    private static final String RECORDED = "recorded";
    static final String WATERMARK = "alert_watermark";
    static final String WATERMARK_ID = "alerts";

    private final MongoTemplate mongo;

    AlertSchedule(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** What a replan changed. */
    public record Replanned(int added, int removed, int kept) {
    }

    /** One plan's alerts as a replan wants them: of one recipient, or of everyone if {@code onlyRecipient} is null. */
    public record Wanted(String planId, List<Alert> desired, String onlyRecipient) {
    }

    /**
     * Makes the pending alerts of {@code planId} (of one recipient, or of everyone when
     * {@code onlyRecipient} is null) exactly {@code desired}: removes the others, adds the new
     * ones, keeps the rest as they are (so a step already fired is not fired again).
     */
    public Replanned replan(String planId, List<Alert> desired, String onlyRecipient) {
        return replanAll(List.of(new Wanted(planId, desired, onlyRecipient))).get(0);
    }

    /**
     * Replans many plans at once, each as {@link #replan} does: a read and a write of each collection for all of them
     * (the plans, the alerts removed, added and kept, the due-time index), however many they are, so a batch of
     * events, or a recipient followed on every occasion, costs about what one plan costs.
     *
     * @return what changed in each plan, in the order given
     */
    public List<Replanned> replanAll(List<Wanted> plans) {
        if (plans.isEmpty()) {
            return List.of();
        }
        if (plans.stream().map(Wanted::planId).distinct().count() < plans.size()) {
            // a plan named twice: each replan must see what the one before it wrote
            return plans.stream().map(wanted -> replanAll(List.of(wanted)).get(0)).toList();
        }
        Map<String, Document> stored = new HashMap<>();
        mongo.find(new Query(where("_id").in(plans.stream().map(Wanted::planId).distinct().toList())), Document.class,
                PLANS).forEach(plan -> stored.put(plan.getString("_id"), plan));
        List<PlanChange> changes = plans.stream().map(wanted -> new PlanChange(wanted, stored.get(wanted.planId())))
                .toList();

        // the slices of the alerts removed and added change in one write
        SliceWrites slices = new SliceWrites();
        Removal removal = removal(changes.stream().flatMap(c -> c.removed.stream()).toList(), slices);
        List<Alert> added = changes.stream().flatMap(c -> c.added.stream()).toList();
        insert(added);
        slices.add(added);
        slices.write(null);
        deletePending(removal);
        keep(changes);
        // every alert no longer wanted leaves the plan; one that fired or was cancelled stays on record
        BulkOperations records = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, RECORDS);
        BulkOperations planWrites = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, PLANS);
        int recordWrites = 0;
        int writtenPlans = 0;
        List<Replanned> replanned = new ArrayList<>();
        for (PlanChange change : changes) {
            List<Document> finished = change.removed.stream().filter(id -> !removal.gone().contains(id))
                    .map(id -> new Document("a", id).append("r", change.existing.get(id))).toList();
            if (!finished.isEmpty()) {
                // before the plan is written: a replan repeated after a crash in between appends the same alerts to
                // the same page, where they are already
                String page = recordsPage(change.wanted.planId(), change.recorded / RECORDS_PER_PAGE);
                records.upsert(new Query(where("_id").is(page)),
                        new Update().addToSet("entries").each(finished.toArray()));
                recordWrites++;
            }
            Map<String, String> next = new LinkedHashMap<>(change.existing);
            change.removed.forEach(next::remove);
            change.added.forEach(a -> next.put(a.id(), a.recipientId()));
            if (!next.keySet().equals(change.existing.keySet())) {
                List<Document> entries = next.entrySet().stream()
                        .map(e -> new Document("a", e.getKey()).append("r", e.getValue())).toList();
                planWrites.upsert(new Query(where("_id").is(change.wanted.planId())),
                        new Update().set("entries", entries).inc(RECORDED, finished.size()));
                writtenPlans++;
            }
            replanned.add(new Replanned(change.added.size(),
                    (int) change.removed.stream().filter(removal.gone()::contains).count(), change.kept.size()));
        }
        if (recordWrites > 0) {
            records.execute();
        }
        if (writtenPlans > 0) {
            planWrites.execute();
        }
        return replanned;
    }

    /** What one plan holds and what a replan changes in it. */
    private static final class PlanChange {

        private final Wanted wanted;
        private final Map<String, String> existing = new LinkedHashMap<>();
        private final long recorded;
        private final List<String> removed;
        private final List<Alert> added;
        private final List<Alert> kept;

        PlanChange(Wanted wanted, Document plan) {
            this.wanted = wanted;
            if (plan != null) {
                for (Document entry : plan.getList("entries", Document.class, List.of())) {
                    existing.put(entry.getString("a"), entry.getString("r"));
                }
            }
            this.recorded = plan == null ? 0 : ((Number) plan.getOrDefault(RECORDED, 0L)).longValue();
            Map<String, Alert> byId = new LinkedHashMap<>();
            wanted.desired().forEach(a -> byId.put(a.id(), a));
            this.removed = existing.entrySet().stream()
                    .filter(e -> wanted.onlyRecipient() == null || wanted.onlyRecipient().equals(e.getValue()))
                    .map(Map.Entry::getKey).filter(id -> !byId.containsKey(id)).toList();
            this.added = byId.values().stream().filter(a -> !existing.containsKey(a.id())).toList();
            this.kept = byId.values().stream().filter(a -> existing.containsKey(a.id())).toList();
        }
    }

    private static String recordsPage(String planId, long page) {
        return planId + "/" + page;
    }

    /** The alerts a plan holds now (pending, or fired and still planned), soonest first. */
    public List<Alert> ofPlan(String planId) {
        return ofPlan(planId, false);
    }

    /**
     * The alerts of a plan, soonest first; with {@code withRecords}, also those that left it after they fired
     * or were cancelled, read a page of records at a time.
     */
    public List<Alert> ofPlan(String planId, boolean withRecords) {
        Document plan = mongo.findById(planId, Document.class, PLANS);
        if (plan == null) {
            return List.of();
        }
        Set<String> ids = new LinkedHashSet<>();
        plan.getList("entries", Document.class, List.of()).forEach(e -> ids.add(e.getString("a")));
        long recorded = ((Number) plan.getOrDefault(RECORDED, 0L)).longValue();
        if (withRecords && recorded > 0) {
            List<String> pages = new ArrayList<>();
            for (long page = 0; page <= (recorded - 1) / RECORDS_PER_PAGE; page++) {
                pages.add(recordsPage(planId, page));
            }
            mongo.find(new Query(where("_id").in(pages)), Document.class, RECORDS).forEach(page -> page
                    .getList("entries", Document.class, List.of()).forEach(e -> ids.add(e.getString("a"))));
        }
        return byIds(ids).values().stream().sorted(java.util.Comparator.comparing(Alert::dueAt)).toList();
    }

    public Map<String, Alert> byIds(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return mongo.find(new Query(where("_id").in(ids)), Alert.class).stream()
                .collect(Collectors.toMap(Alert::id, a -> a));
    }

    public Alert find(String id) {
        return mongo.findById(id, Alert.class);
    }

    /**
     * Moves pending alerts to later due times (quiet hours, the next week of a recurring one), each as given: one
     * write for the alerts and one for the slices they move into, however many they are, and one to lower the
     * watermark unless they are all due in or after its hour.
     *
     * @param watermark the watermark as the firing pass read it (it ends no later than the pass's hour, which
     *                  these alerts are not due before), or null to lower it in any case
     */
    void rescheduleAll(List<Alert> moved, Instant watermark) {
        if (moved.isEmpty()) {
            return;
        }
        BulkOperations update = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Alert.class);
        moved.forEach(alert -> update.updateOne(new Query(where("_id").is(alert.id())),
                new Update().set("dueAt", alert.dueAt()).set("occurrence", alert.occurrence())));
        update.execute();
        index(moved, watermark);
    }

    /** Records the final status of many alerts in one write. */
    void finishAll(AlertStatus status, List<String> alertIds, Instant at, boolean late) {
        if (!alertIds.isEmpty()) {
            mongo.updateMulti(new Query(where("_id").in(alertIds)),
                    new Update().set("status", status).set("firedAt", at).set("late", late), Alert.class);
        }
    }

    /** Puts a daily digest in the schedule at its due time: the scheduler sends it (see {@link DueDigests}). */
    public void indexDigest(String digestId, Instant dueAt) {
        String entry = DueDigests.ENTRY_PREFIX + digestId;
        mongo.upsert(new Query(where("_id").is(Slices.of(dueAt, entry))),
                new Update().addToSet("entries", new Document("a", entry).append("d", Date.from(dueAt)))
                        .inc(Slices.VERSION, 1), Slices.COLLECTION);
        mongo.upsert(new Query(where("_id").is(WATERMARK_ID)),
                new Update().min("hour", Date.from(Slices.hourOf(dueAt))), WATERMARK);
    }

    /** The slices of one hour that exist, in one look-up by {@code _id}, in the order of their shards. */
    List<Document> slicesOf(Instant hour) {
        List<String> ids = new ArrayList<>();
        for (int shard = 0; shard < Slices.PER_HOUR; shard++) {
            ids.add(Slices.id(hour, shard));
        }
        List<Document> slices = new ArrayList<>(mongo.find(new Query(where("_id").in(ids)), Document.class,
                Slices.COLLECTION));
        slices.sort(java.util.Comparator.comparing(slice -> slice.getString("_id")));
        return slices;
    }

    /** The first hour that may still hold due alerts; null when nothing was ever scheduled. */
    Instant watermark() {
        Document doc = mongo.findById(WATERMARK_ID, Document.class, WATERMARK);
        return doc == null ? null : doc.getDate("hour").toInstant();
    }

    /** Moves the watermark from {@code from} to {@code to}, unless a planner lowered it meanwhile. */
    boolean advanceWatermark(Instant from, Instant to) {
        return mongo.updateFirst(new Query(where("_id").is(WATERMARK_ID).and("hour").is(Date.from(from))),
                new Update().set("hour", Date.from(to)), WATERMARK).getModifiedCount() == 1;
    }

    /** Inserts new alerts, ignoring ones a concurrent or earlier replan inserted. */
    private void insert(List<Alert> alerts) {
        if (alerts.isEmpty()) {
            return;
        }
        BulkOperations insert = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Alert.class);
        insert.insert(alerts);
        try {
            insert.execute();
        } catch (DuplicateKeyException | org.springframework.data.mongodb.BulkOperationException alreadyThere) {
            // same ids, same content: planned before
        }
    }

    /**
     * The changes of the due-time index one step makes, written together: one ordered write to the slices, the
     * entries taken out before those put in (a moved alert may leave and enter the same slice), then the
     * watermark lowered to the earliest hour put in.
     */
    private final class SliceWrites {

        private final Map<String, List<String>> taken = new LinkedHashMap<>();
        private final Map<String, List<Document>> put = new LinkedHashMap<>();
        private Instant earliest;

        void take(Alert alert) {
            taken.computeIfAbsent(Slices.of(alert.dueAt(), alert.id()), s -> new ArrayList<>()).add(alert.id());
        }

        void add(List<Alert> alerts) {
            for (Alert alert : alerts) {
                put.computeIfAbsent(Slices.of(alert.dueAt(), alert.id()), s -> new ArrayList<>())
                        .add(new Document("a", alert.id()).append("d", Date.from(alert.dueAt())));
                earliest = earliest == null || alert.dueAt().isBefore(earliest) ? alert.dueAt() : earliest;
            }
        }

        /** @param watermark a watermark known to be no later than now's, or null: lowered only below it */
        void write(Instant watermark) {
            if (taken.isEmpty() && put.isEmpty()) {
                return;
            }
            BulkOperations slices = mongo.bulkOps(BulkOperations.BulkMode.ORDERED, Slices.COLLECTION);
            taken.forEach((slice, ids) -> slices.updateOne(new Query(where("_id").is(slice)), new Update()
                    .pull("entries", new Document("a", new Document("$in", ids))).inc(Slices.VERSION, 1)));
            // appended, not added as to a set: $addToSet compares each new entry with every one there, which made
            // filling an hour's slices quadratic (planning 100,000 alerts on the launcher's storage took 39 s, now 8).
            // A write repeated after a crash may so leave an entry twice; the scheduler fires it once
            put.forEach((slice, entries) -> slices.upsert(new Query(where("_id").is(slice)),
                    new Update().push("entries").each(entries.toArray()).inc(Slices.VERSION, 1)));
            slices.execute();
            if (earliest != null && (watermark == null || Slices.hourOf(earliest).isBefore(watermark))) {
                mongo.upsert(new Query(where("_id").is(WATERMARK_ID)),
                        new Update().min("hour", Date.from(Slices.hourOf(earliest))), WATERMARK);
            }
        }
    }

    /**
     * What a removal does: {@code gone}, the alerts deleted or never stored; {@code pending}, those of them to
     * delete. The others removed are kept as a record: they fired or were cancelled.
     */
    private record Removal(Set<String> gone, Set<String> pending) {
    }

    /** What removing these alerts means: the pending ones' slice entries go into {@code slices}. */
    private Removal removal(List<String> ids, SliceWrites slices) {
        if (ids.isEmpty()) {
            return new Removal(Set.of(), Set.of());
        }
        Map<String, Alert> alerts = byIds(ids);
        Set<String> pending = new HashSet<>();
        for (Alert alert : alerts.values()) {
            if (alert.status() == AlertStatus.PENDING) {
                pending.add(alert.id());
                slices.take(alert);
            }
        }
        Set<String> gone = new HashSet<>(pending);
        ids.stream().filter(id -> !alerts.containsKey(id)).forEach(gone::add);
        return new Removal(gone, pending);
    }

    /** Deletes the removed alerts that were pending, once they are out of their slices. */
    private void deletePending(Removal removal) {
        if (!removal.pending().isEmpty()) {
            mongo.remove(new Query(where("_id").in(removal.pending())), Alert.class);
        }
    }

    /** Takes exactly these entries (alert id and due time) out of a slice: a moved alert's new entry stays. */
    void pullEntries(String sliceId, List<Document> entries) {
        if (!entries.isEmpty()) {
            mongo.updateFirst(new Query(where("_id").is(sliceId)),
                    new Update().pullAll("entries", entries.toArray()).inc(Slices.VERSION, 1), Slices.COLLECTION);
        }
    }

    /**
     * Sets a slice's entries to {@code remaining} if nothing changed it since version {@code version}: linear in
     * the entries, where pulling a batch out of a large slice is quadratic on the embedded server.
     *
     * @return false when the slice changed meanwhile (then pull the entries instead)
     */
    boolean replaceEntries(String sliceId, Object version, List<Document> remaining) {
        return mongo.updateFirst(new Query(where("_id").is(sliceId).and(Slices.VERSION).is(version)),
                new Update().set("entries", remaining).inc(Slices.VERSION, 1), Slices.COLLECTION).getModifiedCount() == 1;
    }

    /**
     * Brings the alerts the plans keep up to date, all plans at once: their occasion (a title or a commitment's
     * entities changed, say) and their due time, where the plan now puts it elsewhere (the recipient changed zone,
     * delivery time, quiet hours or immediate delivery): same id, new time, the document replaced where it is.
     * One already fired stays. One still planned but not stored is stored again: a move made by an earlier
     * version, which deleted the alert and inserted it anew, may have stopped in between (planned alerts that
     * fired or were cancelled are never deleted, so it cannot be one of those).
     */
    private void keep(List<PlanChange> changes) {
        List<Alert> planned = changes.stream().filter(c -> !c.wanted.desired().isEmpty())
                .flatMap(c -> c.kept.stream()).toList();
        if (planned.isEmpty()) {
            return;
        }
        Map<String, Alert> stored = byIds(planned.stream().map(Alert::id).toList());
        for (PlanChange change : changes) {
            refreshOccasion(change.kept, change.wanted.desired(), stored);
        }
        List<Alert> moved = new ArrayList<>();
        List<Alert> missing = new ArrayList<>();
        SliceWrites slices = new SliceWrites();
        for (Alert alert : planned) {
            Alert before = stored.get(alert.id());
            if (before == null) {
                missing.add(alert);
            } else if (before.status() == AlertStatus.PENDING && !before.dueAt().equals(alert.dueAt())) {
                slices.take(before);
                moved.add(alert);
            }
        }
        if (moved.isEmpty() && missing.isEmpty()) {
            return;
        }
        // the index first: stopped before the documents are written, the event's next delivery finds them where
        // they were and moves them again, and the index's writes repeat harmlessly
        slices.add(moved);
        slices.add(missing);
        slices.write(null);
        insert(missing);
        if (!moved.isEmpty()) {
            BulkOperations replace = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Alert.class);
            // one that fired meanwhile keeps its record
            moved.forEach(alert -> replace.replaceOne(
                    new Query(where("_id").is(alert.id()).and("status").is(AlertStatus.PENDING)), alert));
            replace.execute();
        }
    }

    /**
     * Puts pending alerts in the due-time index at their due times: after {@link #rescheduleAll} moved them, and
     * when the firing round met one at an entry earlier than that (a round that moved it on stopped after writing
     * the alert and before its new entry). The entry is the one that round would have written, so it is never
     * doubled.
     *
     * @param watermark as for {@link #rescheduleAll}
     */
    void index(List<Alert> alerts, Instant watermark) {
        SliceWrites slices = new SliceWrites();
        slices.add(alerts);
        slices.write(watermark);
    }

    /** Gives a plan's kept alerts the occasion as it is now, unless they have it already. */
    private void refreshOccasion(List<Alert> kept, List<Alert> desired, Map<String, Alert> stored) {
        if (kept.isEmpty() || desired.isEmpty()) {
            return;
        }
        Occasion occasion = desired.get(0).occasion();
        Alert sample = stored.get(kept.get(0).id());
        if (sample != null && !Objects.equals(sample.occasion(), occasion)) {
            mongo.updateMulti(new Query(where("_id").in(kept.stream().map(Alert::id).toList())),
                    new Update().set("occasion", occasion), Alert.class);
        }
    }
}
