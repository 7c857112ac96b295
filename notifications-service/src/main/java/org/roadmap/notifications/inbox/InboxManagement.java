package org.roadmap.notifications.inbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.model.InsertManyOptions;

import org.bson.Document;
import org.roadmap.notifications.NotFoundException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * The in-app inbox. Items live in {@code inbox_items} (by delivery id), numbered per recipient; each
 * recipient's index is a head and pages of bounded size ({@link InboxPages}), so listing, counting and
 * replaying cost what they return, however many items a recipient has had. Every write is idempotent
 * (insert by id, {@code $addToSet}, {@code $pull}). An inbox written before it had pages (its item ids in
 * one array) is paged the first time it is used.
 */
@Service
public class InboxManagement {

    /** Items one write of "mark all read" takes: see {@link #markAllRead}. */
    private static final int MARKED_PER_WRITE = 500;

    private final MongoTemplate mongo;
    private final InboxStream stream;
    private final Clock clock;
    private final InboxPages pages;

    InboxManagement(MongoTemplate mongo, InboxStream stream, Clock clock) {
        this.mongo = mongo;
        this.stream = stream;
        this.clock = clock;
        this.pages = new InboxPages(mongo);
    }

    /**
     * Puts many items in their recipients' inboxes at once: numbers taken per recipient, one unordered bulk
     * insert of the items (ones there already are skipped and keep their numbers), then the pages of the
     * index; open dashboards hear of the new ones. A retry after a failure half-way puts on the pages what
     * the first attempt inserted.
     */
    public void addAll(List<InboxItem> items) {
        if (items.isEmpty()) {
            return;
        }
        Map<String, List<InboxItem>> byRecipient = new LinkedHashMap<>();
        items.forEach(i -> byRecipient.computeIfAbsent(i.recipientId(), r -> new ArrayList<>()).add(i));
        List<InboxItem> numbered = new ArrayList<>();
        byRecipient.forEach((recipient, theirs) -> {
            long first = take(recipient, theirs.size());
            for (int i = 0; i < theirs.size(); i++) {
                numbered.add(theirs.get(i).numbered(first + i));
            }
        });
        Set<String> existing = insertNew(numbered);
        Map<String, InboxItem> stored = new LinkedHashMap<>();
        if (!existing.isEmpty()) {
            mongo.find(new Query(where("_id").in(existing)), InboxItem.class).forEach(i -> stored.put(i.id(), i));
        }
        Map<String, List<InboxPages.Entry>> entries = new LinkedHashMap<>();
        for (InboxItem item : numbered) {
            InboxItem placed = stored.getOrDefault(item.id(), item);
            if (placed.seq() != null) {
                entries.computeIfAbsent(placed.recipientId(), r -> new ArrayList<>())
                        .add(new InboxPages.Entry(placed.id(), placed.seq(), !placed.read()));
            }
        }
        pages.add(entries);
        numbered.stream().filter(i -> !existing.contains(i.id())).forEach(stream::publish);
    }

    /**
     * Numbers for new items of the recipient. An inbox kept before pages is paged first, and the numbers taken
     * again after its items: checked by the same write that takes them, not by a read before each delivery.
     */
    private long take(String recipientId, int count) {
        InboxPages.Taken taken = pages.take(recipientId, count);
        if (taken.legacyHead() == null) {
            return taken.first();
        }
        pageLegacy(taken.legacyHead());
        InboxPages.Taken again = pages.take(recipientId, count);
        if (again.legacyHead() != null) {
            throw new IllegalStateException("The inbox of " + recipientId + " is still kept in one array after paging");
        }
        return again.first();
    }

    /** Newest first. */
    public List<InboxItem> list(String recipientId, boolean unreadOnly, int limit) {
        List<String> page = pages.newest(head(recipientId), recipientId, unreadOnly, limit);
        if (page.isEmpty()) {
            return List.of();
        }
        return mongo.find(new Query(where("_id").in(page)), InboxItem.class).stream()
                .sorted(Comparator.comparing(InboxItem::createdAt).reversed().thenComparing(InboxItem::id)).toList();
    }

    /**
     * The items that came to the recipient after {@code itemId}, oldest first, at most {@code limit} (the
     * newest ones); none when {@code itemId} is not one of theirs.
     */
    public List<InboxItem> after(String recipientId, String itemId, int limit) {
        Document head = head(recipientId);
        InboxItem last = mongo.findById(itemId, InboxItem.class);
        if (last == null || !last.recipientId().equals(recipientId) || last.seq() == null) {
            return List.of();
        }
        List<String> candidates = pages.fromPageOf(head, recipientId, last.seq(), limit);
        List<InboxItem> missed = new ArrayList<>(mongo.find(new Query(where("_id").in(candidates)), InboxItem.class)
                .stream().filter(i -> i.seq() != null && i.seq() > last.seq())
                .sorted(Comparator.comparing(InboxItem::seq)).toList());
        return missed.subList(Math.max(0, missed.size() - limit), missed.size());
    }

    public int unreadCount(String recipientId) {
        return pages.unreadCount(head(recipientId), recipientId);
    }

    /** Marks one item read; reading it again changes nothing. */
    public InboxItem markRead(String recipientId, String itemId) {
        head(recipientId); // an inbox kept before pages is paged first
        InboxItem item = mongo.findById(itemId, InboxItem.class);
        if (item == null || !item.recipientId().equals(recipientId)) {
            throw new NotFoundException("inbox item", itemId);
        }
        if (!item.read()) {
            mongo.updateFirst(new Query(where("_id").is(itemId)), new Update().set("readAt", clock.instant()),
                    InboxItem.class);
        }
        if (item.seq() != null) {
            pages.read(recipientId, item.seq(), itemId);
        }
        return mongo.findById(itemId, InboxItem.class);
    }

    /** Marks everything read; returns how many items were unread. */
    public int markAllRead(String recipientId) {
        List<String> unread = pages.readAll(head(recipientId), recipientId);
        // a few hundred ids per write: the embedded server compares each item it finds with the whole list
        for (int from = 0; from < unread.size(); from += MARKED_PER_WRITE) {
            mongo.updateMulti(new Query(where("_id").in(unread.subList(from, Math.min(unread.size(),
                    from + MARKED_PER_WRITE))).and("readAt").is(null)),
                    new Update().set("readAt", clock.instant()), InboxItem.class);
        }
        return unread.size();
    }

    /** Inserts the items not stored yet; returns the ids of those that were. */
    private Set<String> insertNew(List<InboxItem> items) {
        Set<String> existing = new HashSet<>();
        List<Document> documents = new ArrayList<>();
        for (InboxItem item : items) {
            Document document = new Document();
            mongo.getConverter().write(item, document);
            documents.add(document);
        }
        try {
            mongo.getCollection(mongo.getCollectionName(InboxItem.class)).insertMany(documents,
                    new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            for (var error : e.getWriteErrors()) {
                if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                existing.add(items.get(error.getIndex()).id());
            }
        }
        return existing;
    }

    /** The recipient's inbox head, read once per operation; an inbox kept before pages is paged first. */
    private Document head(String recipientId) {
        Document head = pages.head(recipientId);
        if (head != null && head.containsKey(InboxPages.LEGACY_ITEMS)) {
            pageLegacy(head);
            head = pages.head(recipientId);
        }
        return head;
    }

    /**
     * Pages an inbox kept before pages (its ids in one {@code items} array, the unread in {@code unread}):
     * numbers its items in that order, puts them on pages, then drops the arrays. Done again by a replica
     * that races it, it gives the same numbers and pages.
     */
    private void pageLegacy(Document head) {
        String recipientId = head.getString("_id");
        List<String> ids = head.getList(InboxPages.LEGACY_ITEMS, String.class, List.of());
        Set<String> unread = new HashSet<>(head.getList(InboxPages.LEGACY_UNREAD, String.class, List.of()));
        List<InboxPages.Entry> entries = new ArrayList<>();
        for (int n = 0; n < ids.size(); n++) {
            entries.add(new InboxPages.Entry(ids.get(n), n, unread.contains(ids.get(n))));
            mongo.updateFirst(new Query(where("_id").is(ids.get(n))), new Update().set("seq", (long) n),
                    InboxItem.class);
        }
        pages.add(Map.of(recipientId, entries));
        mongo.updateFirst(new Query(where("_id").is(recipientId)),
                new Update().max("next", (long) ids.size()).unset(InboxPages.LEGACY_ITEMS)
                        .unset(InboxPages.LEGACY_UNREAD), InboxPages.HEADS);
    }
}
