package org.roadmap.notifications.delivery;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
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
        dispatchAll(List.of(new Due(alert, recipient, late)), now);
    }

    /** In-app items of all in one bulk write; then e-mail and webhook one by one (or into the digest). */
    @Override
    public void dispatchAll(List<Due> due, Instant now) {
        deliveries.deliverToInboxes(due.stream().filter(d -> d.recipient().uses(Channel.INBOX)).toList(), now);
        for (Due d : due) {
            Set<Channel> outside = EnumSet.noneOf(Channel.class);
            d.recipient().channels().stream().filter(c -> c != Channel.INBOX).forEach(outside::add);
            if (outside.isEmpty()) {
                continue;
            }
            if (d.recipient().digest()) {
                digests.collect(d.alert(), d.recipient(), d.late(), now);
            } else {
                deliveries.deliver(d.alert(), d.recipient(), d.late(), now, outside);
            }
        }
    }
}
