package org.roadmap.notifications.delivery;

import java.time.Instant;

import org.roadmap.events.notification.NotificationFailed;
import org.roadmap.events.notification.NotificationSent;

/** A delivery's final status as an integration event: ids only, no personal data. */
final class DeliveryEvents {

    private DeliveryEvents() {
    }

    static Object of(Delivery d, Outcome outcome, Instant at) {
        return outcome.sent()
                ? new NotificationSent(d.id(), d.alertId(), d.recipientId(), d.channel().code(), d.aboutId(),
                        outcome.attempts().size(), at)
                : new NotificationFailed(d.id(), d.alertId(), d.recipientId(), d.channel().code(), d.aboutId(),
                        outcome.attempts().size(), outcome.reason(), at);
    }
}
