package org.roadmap.notifications.recipient;

/**
 * A recipient was created or changed in a way that moves their alerts (zone, hours, what they
 * follow by default); the alert schedule replans them. A Spring application event, in process.
 */
public record RecipientChanged(String recipientId) {
}
