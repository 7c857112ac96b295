package org.roadmap.notifications.delivery;

import jakarta.annotation.Nullable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.roadmap.notifications.recipient.Channel;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One alert to one recipient over one channel. Its id is the idempotency key of the delivery:
 * derived from alert, occurrence and channel, so redelivered events, retried passes and several
 * replicas all end up with this one document. Carries its {@code NotificationSent} or
 * {@code NotificationFailed} event in the same write as its final status (outbox).
 *
 * @param kind    the alert's kind, e.g. {@code deadline-ahead}
 * @param aboutId the commitment or meeting series
 * @param subject the message's subject line, for the people looking at deliveries
 */
@Document("deliveries")
public record Delivery(
        @Id String id,
        String alertId,
        int occurrence,
        @Indexed String recipientId,
        Channel channel,
        String kind,
        String aboutId,
        DeliveryStatus status,
        List<Attempt> attempts,
        boolean late,
        String subject,
        @Nullable String reason,
        Instant createdAt,
        @Nullable Instant finishedAt) {

    public Delivery {
        attempts = attempts == null ? List.of() : List.copyOf(attempts);
    }

    static String idOf(String alertId, int occurrence, Channel channel) {
        return UUID.nameUUIDFromBytes((alertId + "#" + occurrence + "#" + channel.code())
                .getBytes(StandardCharsets.UTF_8)).toString();
    }
}
