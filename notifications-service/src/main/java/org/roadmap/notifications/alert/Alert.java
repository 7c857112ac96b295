package org.roadmap.notifications.alert;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One reminder for one recipient about one occasion at one step (e.g. 7 days before the
 * deadline of III.1), due at an instant chosen in the recipient's zone.
 *
 * @param id         derived from plan, recipient, kind, step and target date: the same step is the same alert,
 *                   however often it is planned
 * @param daysAhead  the lead time of the step; 0 for overdue and cadence alerts
 * @param occurrence how often a recurring (overdue) alert has fired; part of its deliveries' idempotency keys
 * @param next       the id of the recipient's next step on the same occasion: a late alert whose next step is
 *                   due as well is superseded by it
 */
@Document("alerts")
public record Alert(
        @Id String id,
        String planId,
        String recipientId,
        AlertKind kind,
        int daysAhead,
        Occasion occasion,
        Instant dueAt,
        int occurrence,
        String next,
        AlertStatus status,
        Instant firedAt,
        boolean late,
        Instant createdAt) {

    static String idOf(String planId, String recipientId, AlertKind kind, int daysAhead, Object target) {
        return UUID.nameUUIDFromBytes((planId + "|" + recipientId + "|" + kind.code() + "|" + daysAhead + "|" + target)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** This alert as it goes out: {@code late} when fired after its due time. */
    public Alert firedLate(boolean isLate) {
        return isLate == late ? this : new Alert(id, planId, recipientId, kind, daysAhead, occasion, dueAt, occurrence,
                next, status, firedAt, isLate, createdAt);
    }

    /** This alert due at another time (quiet hours, the next week of a recurring one), as the {@code occurrence}. */
    Alert movedTo(Instant due, int nextOccurrence) {
        return new Alert(id, planId, recipientId, kind, daysAhead, occasion, due, nextOccurrence, next, status,
                firedAt, late, createdAt);
    }

    Alert withNext(String nextId) {
        return new Alert(id, planId, recipientId, kind, daysAhead, occasion, dueAt, occurrence, nextId, status,
                firedAt, late, createdAt);
    }
}
