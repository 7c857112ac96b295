package org.roadmap.notifications.subscription;

/** A recipient's subscriptions changed; the alert schedule replans them. A Spring application event, in process. */
public record SubscriptionsChanged(String recipientId) {
}
