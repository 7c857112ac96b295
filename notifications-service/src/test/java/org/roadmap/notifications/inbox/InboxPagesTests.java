package org.roadmap.notifications.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.roadmap.notifications.support.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/** An inbox's index stays in documents of bounded size however many items it has had. */
class InboxPagesTests extends ServiceTest {

    @Autowired
    InboxManagement inbox;

    @Autowired
    MongoTemplate mongo;

    @Test
    void aLongInboxIsListedCountedAndReadAPageAtATime() {
        String recipient = "pages-" + UUID.randomUUID();
        List<InboxItem> items = IntStream.range(0, 250).mapToObj(n -> item(recipient, n)).toList();
        for (int from = 0; from < items.size(); from += 40) {
            inbox.addAll(items.subList(from, Math.min(items.size(), from + 40)));
        }

        assertThat(inbox.unreadCount(recipient)).isEqualTo(250);
        assertThat(inbox.list(recipient, false, 50)).extracting(InboxItem::id)
                .containsExactlyElementsOf(reversed(items.subList(200, 250)));
        List<Document> pages = mongo.find(new Query(where("_id").regex("^" + recipient + "/")), Document.class,
                InboxPages.PAGES);
        assertThat(pages).hasSize(3).allSatisfy(p -> assertThat(p.getList("items", String.class)).hasSizeLessThanOrEqualTo(100));
        Document head = mongo.findById(recipient, Document.class, InboxPages.HEADS);
        assertThat(head).doesNotContainKeys("items", "unread");

        inbox.markRead(recipient, items.get(3).id());
        assertThat(inbox.unreadCount(recipient)).isEqualTo(249);
        assertThat(inbox.list(recipient, true, 300)).hasSize(249).extracting(InboxItem::id)
                .doesNotContain(items.get(3).id());
        assertThat(inbox.list(recipient, true, 120)).extracting(InboxItem::id)
                .containsExactlyElementsOf(reversed(items.subList(130, 250)));
        assertThat(inbox.after(recipient, items.get(247).id(), 100)).extracting(InboxItem::id)
                .containsExactly(items.get(248).id(), items.get(249).id());
        // away for 249 items: the newest 100 of them, oldest first
        assertThat(inbox.after(recipient, items.get(0).id(), 100)).extracting(InboxItem::id)
                .containsExactlyElementsOf(items.subList(150, 250).stream().map(InboxItem::id).toList());
        assertThat(inbox.markAllRead(recipient)).isEqualTo(249);
        assertThat(inbox.unreadCount(recipient)).isZero();
        assertThat(inbox.list(recipient, true, 50)).isEmpty();
        assertThat(inbox.list(recipient, false, 300)).hasSize(250).allSatisfy(i -> assertThat(i.read()).isTrue());
    }

    @Test
    void markingAllReadTakesEveryUnreadItemHoweverMany() {
        String recipient = "all-read-" + UUID.randomUUID();
        List<InboxItem> items = IntStream.range(0, 1_100).mapToObj(n -> item(recipient, n)).toList();
        for (int from = 0; from < items.size(); from += 100) {
            inbox.addAll(items.subList(from, from + 100));
        }

        assertThat(inbox.markAllRead(recipient)).isEqualTo(1_100);

        assertThat(inbox.unreadCount(recipient)).isZero();
        assertThat(mongo.count(new Query(where("recipientId").is(recipient).and("readAt").is(null)), InboxItem.class))
                .isZero();
    }

    @Test
    void anItemDeliveredAgainIsListedOnceAndStaysRead() {
        String recipient = "again-" + UUID.randomUUID();
        List<InboxItem> items = List.of(item(recipient, 1), item(recipient, 2));
        inbox.addAll(items);
        inbox.markRead(recipient, items.get(0).id());

        inbox.addAll(items);
        inbox.addAll(List.of(items.get(1), item(recipient, 3)));

        assertThat(inbox.list(recipient, false, 10)).extracting(InboxItem::subject)
                .containsExactly("Item 3", "Item 2", "Item 1");
        assertThat(inbox.unreadCount(recipient)).isEqualTo(2);
        assertThat(inbox.list(recipient, true, 10)).extracting(InboxItem::subject).containsExactly("Item 3", "Item 2");
    }

    @Test
    void anInboxKeptInOneArrayBeforePagesIsPagedWithoutLosingAnItem() {
        String recipient = "legacy-" + UUID.randomUUID();
        List<String> ids = legacyInbox(recipient, 3);

        assertThat(inbox.list(recipient, false, 10)).extracting(InboxItem::id).containsExactlyElementsOf(reversedIds(ids));
        assertThat(inbox.unreadCount(recipient)).isEqualTo(2);
        assertThat(mongo.findById(recipient, Document.class, InboxPages.HEADS)).doesNotContainKeys("items", "unread");
        assertThat(inbox.after(recipient, ids.get(0), 100)).extracting(InboxItem::id).containsExactly(ids.get(1), ids.get(2));
        inbox.addAll(List.of(item(recipient, 3)));
        assertThat(inbox.list(recipient, true, 10)).extracting(InboxItem::subject)
                .containsExactly("Item 3", "Item 2", "Item 1");
    }

    /** A delivery pages an inbox kept before pages first: its new item comes after the old ones, none is lost. */
    @Test
    void aDeliveryToAnInboxKeptInOneArrayPagesItFirst() {
        String recipient = "legacy-delivered-" + UUID.randomUUID();
        List<String> ids = legacyInbox(recipient, 3);

        inbox.addAll(List.of(item(recipient, 3), item(recipient, 4)));

        assertThat(mongo.findById(recipient, Document.class, InboxPages.HEADS)).doesNotContainKeys("items", "unread");
        assertThat(inbox.list(recipient, false, 10)).extracting(InboxItem::subject)
                .containsExactly("Item 4", "Item 3", "Item 2", "Item 1", "Item 0");
        assertThat(inbox.unreadCount(recipient)).isEqualTo(4);
        assertThat(inbox.after(recipient, ids.get(2), 100)).extracting(InboxItem::subject)
                .containsExactly("Item 3", "Item 4");
    }

    /** Delivering to an inbox reads nothing of its head: the write that numbers the items tells an old layout. */
    @Test
    void aDeliveryNumbersItsItemsWithoutReadingTheInboxFirst() {
        String recipient = "numbered-" + UUID.randomUUID();
        inbox.addAll(List.of(item(recipient, 0)));
        double reads = mongoCommands(InboxPages.HEADS, "find");

        inbox.addAll(List.of(item(recipient, 1)));
        inbox.addAll(List.of(item(recipient, 2), item(recipient, 3)));

        assertThat(mongoCommands(InboxPages.HEADS, "find") - reads).isZero();
        assertThat(inbox.list(recipient, false, 10)).extracting(InboxItem::subject)
                .containsExactly("Item 3", "Item 2", "Item 1", "Item 0");
    }

    /** The items of an inbox as stored before pages: their ids in the head's one array, the last two unread. */
    private List<String> legacyInbox(String recipient, int count) {
        List<String> ids = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            InboxItem item = item(recipient, n);
            Document document = new Document();
            mongo.getConverter().write(item, document);
            document.remove("seq");
            mongo.insert(document, "inbox_items");
            ids.add(item.id());
        }
        mongo.insert(new Document("_id", recipient).append("items", ids).append("unread", ids.subList(1, count)),
                InboxPages.HEADS);
        return ids;
    }

    private static InboxItem item(String recipient, int n) {
        return new InboxItem(UUID.randomUUID().toString(), recipient, "deadline-ahead", "commitment-" + n, "Item " + n,
                "Body " + n, false, Instant.parse("2025-10-18T00:00:00Z").plusSeconds(n), null);
    }

    private static List<String> reversed(List<InboxItem> items) {
        return reversedIds(items.stream().map(InboxItem::id).toList());
    }

    private static List<String> reversedIds(List<String> ids) {
        List<String> copy = new ArrayList<>(ids);
        java.util.Collections.reverse(copy);
        return copy;
    }
}
