package org.roadmap.events.notification;

import java.time.Instant;

/**
 * A notification could not be delivered after its retries.
 *
 * @param reason a machine-readable code, e.g. {@code smtp-rejected}, {@code webhook-http-500}, {@code circuit-open}
 */
public record NotificationFailed(
        String deliveryId,
        String alertId,
        String recipientId,
        String channel,
        String aboutId,
        int attempts,
        String reason,
        Instant failedAt) {
}
