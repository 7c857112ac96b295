package org.roadmap.notifications.inbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.model.InsertManyOptions;
import org.springframework.data.mongodb.core.BulkOperations;

import org.bson.Document;
import org.roadmap.notifications.NotFoundException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * The in-app inbox. Items live in {@code inbox_items} (by delivery id); each recipient's
 * {@code inboxes} document lists their item ids and the unread ones, so listing and counting are
 * look-ups by {@code _id}. Every write is idempotent ({@code $addToSet}, {@code $pull}, insert by id).
 */
@Service
public class InboxManagement {

    static final String INBOXES = "inboxes";

    private final MongoTemplate mongo;
    private final InboxStream stream;
    private final Clock clock;

    InboxManagement(MongoTemplate mongo, InboxStream stream, Clock clock) {
        this.mongo = mongo;
        this.stream = stream;
        this.clock = clock;
    }

    /**
     * Puts many items in their recipients' inboxes at once: one unordered bulk insert of the items (ones
     * there already are skipped), one bulk update of the inbox indexes; open dashboards hear of the new ones.
     */
    public void addAll(List<InboxItem> items) {
        if (items.isEmpty()) {
            return;
        }
        Set<Integer> existing = new HashSet<>();
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
                existing.add(error.getIndex());
            }
        }
        Map<String, List<String>> byRecipient = new LinkedHashMap<>();
        items.forEach(i -> byRecipient.computeIfAbsent(i.recipientId(), r -> new ArrayList<>()).add(i.id()));
        BulkOperations inboxes = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, INBOXES);
        byRecipient.forEach((recipient, ids) -> inboxes.upsert(new Query(where("_id").is(recipient)),
                new Update().addToSet("items").each(ids.toArray()).addToSet("unread").each(ids.toArray())));
        inboxes.execute();
        for (int i = 0; i < items.size(); i++) {
            if (!existing.contains(i)) {
                stream.publish(items.get(i));
            }
        }
    }

    /** Newest first. */
    public List<InboxItem> list(String recipientId, boolean unreadOnly, int limit) {
        Document inbox = mongo.findById(recipientId, Document.class, INBOXES);
        if (inbox == null) {
            return List.of();
        }
        List<String> ids = new ArrayList<>(inbox.getList(unreadOnly ? "unread" : "items", String.class, List.of()));
        Collections.reverse(ids);
        List<String> page = ids.subList(0, Math.min(limit, ids.size()));
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
        Document inbox = mongo.findById(recipientId, Document.class, INBOXES);
        List<String> ids = inbox == null ? List.of() : inbox.getList("items", String.class, List.of());
        int last = ids.lastIndexOf(itemId);
        if (last < 0 || last == ids.size() - 1) {
            return List.of();
        }
        List<String> missed = ids.subList(Math.max(last + 1, ids.size() - limit), ids.size());
        Map<String, InboxItem> found = new LinkedHashMap<>();
        mongo.find(new Query(where("_id").in(missed)), InboxItem.class).forEach(i -> found.put(i.id(), i));
        return missed.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    public int unreadCount(String recipientId) {
        Document inbox = mongo.findById(recipientId, Document.class, INBOXES);
        return inbox == null ? 0 : inbox.getList("unread", String.class, List.of()).size();
    }

    /** Marks one item read; reading it again changes nothing. */
    public InboxItem markRead(String recipientId, String itemId) {
        InboxItem item = mongo.findById(itemId, InboxItem.class);
        if (item == null || !item.recipientId().equals(recipientId)) {
            throw new NotFoundException("inbox item", itemId);
        }
        if (!item.read()) {
            mongo.updateFirst(new Query(where("_id").is(itemId)), new Update().set("readAt", clock.instant()),
                    InboxItem.class);
        }
        mongo.updateFirst(new Query(where("_id").is(recipientId)), new Update().pull("unread", itemId), INBOXES);
        return mongo.findById(itemId, InboxItem.class);
    }

    /** Marks everything read; returns how many items were unread. */
    public int markAllRead(String recipientId) {
        Document inbox = mongo.findById(recipientId, Document.class, INBOXES);
        List<String> unread = inbox == null ? List.of() : inbox.getList("unread", String.class, List.of());
        if (!unread.isEmpty()) {
            mongo.updateMulti(new Query(where("_id").in(unread)), new Update().set("readAt", clock.instant()),
                    InboxItem.class);
            mongo.updateFirst(new Query(where("_id").is(recipientId)),
                    new Update().pullAll("unread", unread.toArray()), INBOXES);
        }
        return unread.size();
    }
}
