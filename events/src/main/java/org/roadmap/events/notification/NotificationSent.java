package org.roadmap.events.notification;

import java.time.Instant;

/**
 * A notification reached its channel.
 *
 * @param channel  {@code email}, {@code webhook} or {@code inbox}
 * @param aboutId  the commitment or meeting series the notification is about
 */
public record NotificationSent(
        String deliveryId,
        String alertId,
        String recipientId,
        String channel,
        String aboutId,
        int attempts,
        Instant sentAt) {
}
