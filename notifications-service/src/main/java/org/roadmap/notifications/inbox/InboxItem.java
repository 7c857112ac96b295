package org.roadmap.notifications.inbox;

import jakarta.annotation.Nullable;
import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One notification in a recipient's in-app inbox.
 *
 * @param id      the delivery's id, so the same alert never lands twice
 * @param kind    e.g. {@code deadline-ahead}
 * @param aboutId the commitment or meeting series, for the dashboard to link to
 * @param seq     its number in the recipient's inbox, which places it on a page of the inbox's index; absent
 *                until it is added
 */
@Document("inbox_items")
public record InboxItem(@Id String id, String recipientId, String kind, String aboutId, String subject, String body,
        boolean late, Instant createdAt, @Nullable Instant readAt, @Nullable Long seq) {

    @PersistenceCreator
    public InboxItem {
    }

    /** A new item, not numbered yet. */
    public InboxItem(String id, String recipientId, String kind, String aboutId, String subject, String body,
            boolean late, Instant createdAt, @Nullable Instant readAt) {
        this(id, recipientId, kind, aboutId, subject, body, late, createdAt, readAt, null);
    }

    InboxItem numbered(long number) {
        return new InboxItem(id, recipientId, kind, aboutId, subject, body, late, createdAt, readAt, number);
    }

    public boolean read() {
        return readAt != null;
    }
}
