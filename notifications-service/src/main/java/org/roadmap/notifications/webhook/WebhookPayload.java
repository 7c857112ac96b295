package org.roadmap.notifications.webhook;

import java.time.Instant;
import java.time.LocalDate;

import org.roadmap.notifications.alert.Alert;
import org.roadmap.notifications.message.Message;
import org.roadmap.notifications.recipient.Recipient;

/**
 * The body POSTed to a webhook, in the Standard Webhooks shape {@code {type, timestamp, data}}.
 *
 * @param type e.g. {@code roadmap.alert.deadline-ahead}
 */
record WebhookPayload(String type, Instant timestamp, Object data) {

    /** What the alert is about and the message as the recipient would read it. */
    record Data(String deliveryId, String alertId, String recipientId, String kind, int daysAhead, String aboutId,
            String roadMapId, String reference, String title, LocalDate date, Instant start, boolean late,
            String language, String subject, String body) {
    }

    /** A daily digest: the alerts it collects, and the message as the recipient would read it. */
    record DigestData(String deliveryId, String recipientId, java.util.List<Item> items, String language,
            String subject, String body) {
    }

    /** One alert of a digest. */
    record Item(String alertId, String kind, int daysAhead, String aboutId, String roadMapId, String reference,
            String title, LocalDate date, Instant start, boolean late) {
    }

    static WebhookPayload digest(String deliveryId, java.util.List<Alert> alerts, Recipient recipient,
            Message message, Instant now) {
        var items = alerts.stream().map(a -> new Item(a.id(), a.kind().code(), a.daysAhead(), a.occasion().aboutId(),
                a.occasion().roadMapId(), a.occasion().reference(), a.occasion().title(), a.occasion().date(),
                a.occasion().start(), a.late())).toList();
        return new WebhookPayload("roadmap.alert.daily-digest", now, new DigestData(deliveryId, recipient.id(), items,
                recipient.language().code(), message.subject(), message.body()));
    }

    static WebhookPayload of(String deliveryId, Alert alert, Recipient recipient, Message message, Instant now) {
        var o = alert.occasion();
        return new WebhookPayload("roadmap.alert." + alert.kind().code(), now, new Data(deliveryId, alert.id(),
                recipient.id(), alert.kind().code(), alert.daysAhead(), o.aboutId(), o.roadMapId(), o.reference(),
                o.title(), o.date(), o.start(), alert.late(), recipient.language().code(), message.subject(),
                message.body()));
    }
}
