package org.roadmap.notifications.inbox.messaging;

import java.util.List;
import java.util.function.Consumer;

import org.roadmap.events.EventType;
import org.roadmap.events.notification.NotificationSent;
import org.roadmap.notifications.inbox.InboxStream;
import org.roadmap.platform.messaging.BatchRecords;
import org.roadmap.platform.messaging.InboundEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * The {@code inboxBroadcast-in-0} binding: {@code NotificationSent} of the in-app channel, read by every
 * replica (a consumer group of its own, from the latest offset), so a dashboard sees an item whichever
 * replica delivered it. Nothing is written: a record it cannot read is skipped, not dead-lettered, and
 * the stream dedupes by item id.
 */
@Configuration
class InboxBroadcastConsumer {

    private static final Logger log = LoggerFactory.getLogger(InboxBroadcastConsumer.class);

    @Bean
    Consumer<Message<List<byte[]>>> inboxBroadcast(InboxStream stream) {
        return batch -> BatchRecords.split(batch).forEach(message -> relay(message, stream));
    }

    private static void relay(Message<byte[]> message, InboxStream stream) {
        // another type is skipped on its header, before the record is read, as InboundEvents does
        if (!EventType.NOTIFICATION_SENT.type().equals(InboundEvents.attribute(message, "type"))) {
            return;
        }
        try {
            NotificationSent sent = InboundEvents.read(message).dataAs(NotificationSent.class);
            if ("inbox".equals(sent.channel())) {
                stream.relay(sent.recipientId(), sent.deliveryId());
            }
        } catch (RuntimeException unreadable) {
            log.debug("Inbox broadcast skips a record: {}", unreadable.getMessage());
        }
    }
}
