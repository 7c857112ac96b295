package org.roadmap.notifications.inbox;

import jakarta.annotation.Nullable;
import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One notification in a recipient's in-app inbox.
 *
 * @param id      the delivery's id, so the same alert never lands twice
 * @param kind    e.g. {@code deadline-ahead}
 * @param aboutId the commitment or meeting series, for the dashboard to link to
 */
@Document("inbox_items")
public record InboxItem(@Id String id, String recipientId, String kind, String aboutId, String subject, String body,
        boolean late, Instant createdAt, @Nullable Instant readAt) {

    public boolean read() {
        return readAt != null;
    }
}
