package org.roadmap.notifications.inbox;

import java.time.Clock;

import org.roadmap.notifications.alert.Alert;
import org.roadmap.notifications.delivery.Attempt;
import org.roadmap.notifications.delivery.ChannelSender;
import org.roadmap.notifications.delivery.Outcome;
import org.roadmap.notifications.message.Message;
import org.roadmap.notifications.recipient.Channel;
import org.roadmap.notifications.recipient.Recipient;
import org.springframework.stereotype.Component;

/** The in-app channel: the written alert becomes an unread inbox item. */
@Component
class InboxSender implements ChannelSender {

    private final InboxManagement inbox;
    private final Clock clock;

    InboxSender(InboxManagement inbox, Clock clock) {
        this.inbox = inbox;
        this.clock = clock;
    }

    @Override
    public Channel channel() {
        return Channel.INBOX;
    }

    @Override
    public Outcome send(String deliveryId, Alert alert, Recipient recipient, Message message) {
        inbox.add(new InboxItem(deliveryId, recipient.id(), alert.kind().code(), alert.occasion().aboutId(),
                message.subject(), message.body(), alert.late(), clock.instant(), null));
        return Outcome.sent(new Attempt(clock.instant(), true, "sent"));
    }
}
