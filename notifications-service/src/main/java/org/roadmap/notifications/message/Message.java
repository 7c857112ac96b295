package org.roadmap.notifications.message;

/** A written alert: the subject line and the plain-text body, in the recipient's language(s). */
public record Message(String subject, String body) {
}
