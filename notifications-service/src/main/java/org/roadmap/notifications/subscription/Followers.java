package org.roadmap.notifications.subscription;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.roadmap.notifications.recipient.Recipient;
import org.roadmap.notifications.recipient.RecipientManagement;
import org.roadmap.notifications.recipient.RecipientsVersion;
import org.springframework.stereotype.Component;

/**
 * Every recipient and subscription, held in memory for planning: each commitment or meeting event asks who
 * follows it, and reading both collections whole for each would make an event cost more with every
 * recipient. They are read again only when {@link RecipientsVersion} says one was written, by any replica.
 */
@Component
class Followers {

    private static final long MAX_AGE_NANOS = java.util.concurrent.TimeUnit.MINUTES.toNanos(1);

    private final RecipientManagement recipients;
    private final SubscriptionManagement subscriptions;
    private final RecipientsVersion version;
    private volatile Known known;
    private volatile long readAt;

    Followers(RecipientManagement recipients, SubscriptionManagement subscriptions, RecipientsVersion version) {
        this.recipients = recipients;
        this.subscriptions = subscriptions;
        this.version = version;
    }

    /** What is stored, as of the latest write any replica finished. */
    Known current() {
        long now = version.current();
        Known held = known;
        // read again a minute on at the latest, should a replica have stopped between a write and its raise
        if (held == null || held.version() != now || System.nanoTime() - readAt > MAX_AGE_NANOS) {
            // read after the version: a write meanwhile raises it again, so the next call reads once more
            held = new Known(now, recipients.all().stream().collect(Collectors.toMap(Recipient::id,
                    Function.identity())), subscriptions.all());
            known = held;
            readAt = System.nanoTime();
        }
        return held;
    }

    record Known(long version, Map<String, Recipient> recipients, List<Subscription> subscriptions) {
    }
}
