package org.roadmap.notifications.delivery;

import org.roadmap.notifications.alert.Alert;
import org.roadmap.notifications.message.Message;
import org.roadmap.notifications.recipient.Channel;
import org.roadmap.notifications.recipient.Recipient;

/** Hands a written alert to one channel; implemented by the e-mail, webhook and inbox features. */
public interface ChannelSender {

    Channel channel();

    /**
     * Sends, retrying as the channel sees fit; never throws for a failure of the channel itself.
     *
     * @param deliveryId the delivery's idempotency key: the same for every retry of this recipient, alert and channel
     */
    Outcome send(String deliveryId, Alert alert, Recipient recipient, Message message);

    /**
     * Sends a daily digest of {@code alerts}, written as {@code message}; only channels that take digests
     * (e-mail, webhook) are asked.
     */
    default Outcome sendDigest(String deliveryId, java.util.List<Alert> alerts, Recipient recipient, Message message) {
        throw new UnsupportedOperationException(channel().code() + " takes no digests");
    }
}
