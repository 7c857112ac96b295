package org.roadmap.notifications.inbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The index of each recipient's inbox, in documents of bounded size: a head ({@code inboxes}: how many
 * items were numbered, and which pages hold unread ones) and pages ({@code inbox_pages}, {@value #PER_PAGE}
 * item ids each, with the unread ones among them). Item {@code n} of a recipient is on page
 * {@code n / PER_PAGE}. Listing the newest, counting the unread and replaying what came after an item
 * read the pages they need, however long the inbox has grown; the embedded server has no secondary
 * indexes, so nothing here queries {@code inbox_items} by anything but {@code _id}. Every write is
 * idempotent ({@code $addToSet}, {@code $pull}), and numbers are taken with an atomic {@code $inc}, so
 * replicas may add to one inbox at once.
 */
final class InboxPages {

    static final String HEADS = "inboxes";
    static final String PAGES = "inbox_pages";
    static final int PER_PAGE = 100;

    private static final String NEXT = "next";
    /** What a head kept before pages: the ids of its items, and of the unread ones. */
    static final String LEGACY_ITEMS = "items";
    static final String LEGACY_UNREAD = "unread";
    private static final String UNREAD_PAGES = "unreadPages";

    private final MongoTemplate mongo;

    InboxPages(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** One item's place: its number and whether it is unread. */
    record Entry(String id, long seq, boolean unread) {
    }

    /**
     * Numbers taken for new items: from {@code first} on, unless the head still keeps its inbox in one array from
     * before pages ({@code legacyHead}, with its {@code items} and {@code unread} only): that inbox must be paged
     * first and the numbers taken again, these left unused, or new items would share the old ones' numbers.
     */
    record Taken(long first, Document legacyHead) {
    }

    /** Takes {@code count} numbers for new items of the recipient, by {@code _id} alone (what every server indexes). */
    Taken take(String recipientId, int count) {
        Query head = new Query(where("_id").is(recipientId));
        head.fields().include(NEXT).include(LEGACY_ITEMS).include(LEGACY_UNREAD);
        Document taken = mongo.findAndModify(head, new Update().inc(NEXT, count),
                FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, HEADS);
        return new Taken(number(taken) - count, taken.containsKey(LEGACY_ITEMS) ? taken : null);
    }

    /**
     * Puts entries on their pages, each recipient's: two unordered bulk writes, the heads first, so a head
     * names a page with unread items before the page has them.
     */
    void add(Map<String, ? extends Collection<Entry>> byRecipient) {
        BulkOperations heads = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, HEADS);
        BulkOperations pages = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, PAGES);
        boolean unreadPages = false;
        for (Map.Entry<String, ? extends Collection<Entry>> recipient : byRecipient.entrySet()) {
            Map<Long, List<Entry>> byPage = new LinkedHashMap<>();
            recipient.getValue().forEach(e -> byPage.computeIfAbsent(e.seq() / PER_PAGE, p -> new ArrayList<>()).add(e));
            Object[] withUnread = byPage.entrySet().stream()
                    .filter(page -> page.getValue().stream().anyMatch(Entry::unread)).map(Map.Entry::getKey).toArray();
            if (withUnread.length > 0) {
                heads.upsert(new Query(where("_id").is(recipient.getKey())),
                        new Update().addToSet(UNREAD_PAGES).each(withUnread));
                unreadPages = true;
            }
            byPage.forEach((page, onPage) -> {
                Update update = new Update().addToSet("items").each(onPage.stream().map(Entry::id).toArray());
                Object[] unread = onPage.stream().filter(Entry::unread).map(Entry::id).toArray();
                if (unread.length > 0) {
                    update.addToSet("unread").each(unread);
                }
                pages.upsert(new Query(where("_id").is(pageId(recipient.getKey(), page))), update);
            });
        }
        if (unreadPages) {
            heads.execute();
        }
        if (!byRecipient.isEmpty()) {
            pages.execute();
        }
    }

    /** The recipient's head (null when nothing ever came): read once per inbox operation and passed on. */
    Document head(String recipientId) {
        return mongo.findById(recipientId, Document.class, HEADS);
    }

    /**
     * The ids of the newest items (or unread ones), newest page first, until {@code limit} are found: the
     * pages a listing of that many usually needs are read in one query, more only if they hold fewer.
     */
    List<String> newest(Document head, String recipientId, boolean unreadOnly, int limit) {
        if (head == null) {
            return List.of();
        }
        Iterator<Long> pages = (unreadOnly ? descending(head.getList(UNREAD_PAGES, Number.class, List.of()))
                : newestFirst(number(head))).iterator();
        String field = unreadOnly ? "unread" : "items";
        int perRead = limit / PER_PAGE + 2;
        List<String> ids = new ArrayList<>();
        while (ids.size() < limit && pages.hasNext()) {
            List<String> pageIds = new ArrayList<>();
            while (pageIds.size() < perRead && pages.hasNext()) {
                pageIds.add(pageId(recipientId, pages.next()));
            }
            Map<String, List<String>> found = onPages(pageIds, field);
            for (String pageId : pageIds) {
                List<String> onPage = new ArrayList<>(found.getOrDefault(pageId, List.of()));
                Collections.reverse(onPage);
                ids.addAll(onPage);
            }
        }
        return ids.subList(0, Math.min(limit, ids.size()));
    }

    /**
     * The ids on the pages from the one of item {@code seq} to the newest, oldest page first, but no more
     * pages than hold the newest {@code limit} items: what a reconnecting dashboard is sent of what it missed.
     */
    List<String> fromPageOf(Document head, String recipientId, long seq, int limit) {
        if (head == null) {
            return List.of();
        }
        long numbered = number(head);
        long newestPage = numbered == 0 ? 0 : (numbered - 1) / PER_PAGE;
        List<String> pageIds = new ArrayList<>();
        for (long page = Math.max(seq / PER_PAGE, newestPage - limit / PER_PAGE - 1); page <= newestPage; page++) {
            pageIds.add(pageId(recipientId, page));
        }
        Map<String, List<String>> byPage = onPages(pageIds, "items");
        List<String> ids = new ArrayList<>();
        pageIds.forEach(id -> ids.addAll(byPage.getOrDefault(id, List.of())));
        return ids;
    }

    int unreadCount(Document head, String recipientId) {
        return unreadByPage(head, recipientId).values().stream().mapToInt(List::size).sum();
    }

    /** Takes the item off its page's unread ones. */
    void read(String recipientId, long seq, String itemId) {
        mongo.updateFirst(new Query(where("_id").is(pageId(recipientId, seq / PER_PAGE))),
                new Update().pull("unread", itemId), PAGES);
    }

    /** Takes every item off the unread ones; returns the ids that were unread. */
    List<String> readAll(Document head, String recipientId) {
        Map<Long, List<String>> unread = unreadByPage(head, recipientId);
        unread.forEach((page, ids) -> mongo.updateFirst(new Query(where("_id").is(pageId(recipientId, page))),
                new Update().pullAll("unread", ids.toArray()), PAGES));
        Object[] emptied = unread.keySet().toArray();
        if (emptied.length > 0) {
            mongo.updateFirst(new Query(where("_id").is(recipientId)), new Update().pullAll(UNREAD_PAGES, emptied),
                    HEADS);
            // a page that got an unread item meanwhile keeps its place among the unread ones
            List<Long> again = unreadByPages(recipientId, unread.keySet()).entrySet().stream()
                    .filter(e -> !e.getValue().isEmpty()).map(Map.Entry::getKey).toList();
            if (!again.isEmpty()) {
                mongo.updateFirst(new Query(where("_id").is(recipientId)),
                        new Update().addToSet(UNREAD_PAGES).each(again.toArray()), HEADS);
            }
        }
        return unread.values().stream().flatMap(List::stream).toList();
    }

    private Map<Long, List<String>> unreadByPage(Document head, String recipientId) {
        return head == null ? new LinkedHashMap<>()
                : unreadByPages(recipientId, descending(head.getList(UNREAD_PAGES, Number.class, List.of())));
    }

    private Map<Long, List<String>> unreadByPages(String recipientId, Collection<Long> pages) {
        Map<Long, List<String>> unread = new LinkedHashMap<>();
        Map<String, List<String>> found = onPages(pages.stream().map(p -> pageId(recipientId, p)).toList(), "unread");
        pages.forEach(p -> unread.put(p, found.getOrDefault(pageId(recipientId, p), List.of())));
        return unread;
    }

    /** The ids in {@code field} ({@code items} or {@code unread}) of each of these pages that exists, in one read. */
    private Map<String, List<String>> onPages(List<String> pageIds, String field) {
        Map<String, List<String>> found = new LinkedHashMap<>();
        mongo.find(new Query(where("_id").in(pageIds)), Document.class, PAGES)
                .forEach(page -> found.put(page.getString("_id"), page.getList(field, String.class, List.of())));
        return found;
    }

    /** Every page, the newest first, read as far as a listing needs. */
    private static Iterable<Long> newestFirst(long numbered) {
        long last = numbered == 0 ? -1 : (numbered - 1) / PER_PAGE;
        return () -> java.util.stream.LongStream.iterate(last, p -> p >= 0, p -> p - 1).boxed().iterator();
    }

    private static List<Long> descending(List<Number> pages) {
        return pages.stream().map(Number::longValue).distinct().sorted(java.util.Comparator.reverseOrder()).toList();
    }

    private static long number(Document head) {
        Object next = head.get(NEXT);
        return next instanceof Number n ? n.longValue() : 0;
    }

    private static String pageId(String recipientId, long page) {
        return recipientId + "/" + page;
    }
}
