package org.roadmap.notifications.delivery;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.roadmap.notifications.alert.Alert;
import org.roadmap.notifications.alert.AlertDispatch;
import org.roadmap.notifications.recipient.Channel;
import org.roadmap.notifications.recipient.Recipient;
import org.springframework.stereotype.Component;

/**
 * Where a due alert goes: to each channel of its recipient at once, or, for a recipient who asked
 * for a daily digest, to the in-app inbox at once and to the day's digest for e-mail and webhook.
 */
@Component
class AlertRouting implements AlertDispatch {

    private final DeliveryManagement deliveries;
    private final DailyDigests digests;

    AlertRouting(DeliveryManagement deliveries, DailyDigests digests) {
        this.deliveries = deliveries;
        this.digests = digests;
    }

    @Override
    public void dispatch(Alert alert, Recipient recipient, boolean late, Instant now) {
        if (!recipient.digest()) {
            deliveries.deliver(alert, recipient, late, now, Set.copyOf(recipient.channels()));
            return;
        }
        Set<Channel> single = EnumSet.noneOf(Channel.class);
        if (recipient.uses(Channel.INBOX)) {
            single.add(Channel.INBOX);
        }
        deliveries.deliver(alert, recipient, late, now, single);
        if (recipient.channels().stream().anyMatch(c -> c != Channel.INBOX)) {
            digests.collect(alert, recipient, late, now);
        }
    }
}
