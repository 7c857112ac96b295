package org.roadmap.notifications.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One recipient's daily digest: the alerts of one local day, sent together at their delivery time
 * on e-mail and webhook (in-app items stay single). Its id is the digest's idempotency key, so a
 * day has one digest whatever is retried; its deliveries are keyed by it and the channel.
 *
 * @param id      {@code <recipient id>|<local day>}
 * @param dueAt   when it goes out: the delivery time of the day, or the first moment after it alerts came
 * @param entries the alerts collected, in the order they fired
 * @param status  {@code OPEN} while collecting, {@code SENDING} from the moment its delivery starts,
 *                {@code SENT} once delivered; only an OPEN digest takes alerts (later ones go to the next
 *                day's). Digests stored before the scheduler ran as leased work may carry a
 *                {@code leaseOwner} and {@code leaseUntil}: no longer read
 */
@Document("digests")
public record Digest(
        @Id String id,
        String recipientId,
        LocalDate day,
        Instant dueAt,
        List<Entry> entries,
        String status,
        Instant sentAt) {

    static final String OPEN = "OPEN";
    static final String SENDING = "SENDING";
    static final String SENT = "SENT";

    public Digest {
        entries = entries == null ? List.of() : List.copyOf(entries);
    }

    static String idOf(String recipientId, LocalDate day) {
        return recipientId + "|" + day;
    }

    /** An alert in the digest, with the occurrence and lateness it fired with. */
    public record Entry(String alertId, int occurrence, boolean late) {
    }
}
