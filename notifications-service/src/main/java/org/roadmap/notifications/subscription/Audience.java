package org.roadmap.notifications.subscription;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.roadmap.notifications.recipient.Recipient;
import org.roadmap.notifications.recipient.RecipientManagement;
import org.springframework.stereotype.Component;

/**
 * Who is alerted about a subject, with which lead times: every recipient with a subscription
 * that covers it (several subscriptions of one recipient add up), and, for deadlines, the
 * staff of its responsible entities who keep their default subscription.
 */
@Component
public class Audience {

    private final SubscriptionManagement subscriptions;
    private final RecipientManagement recipients;

    Audience(SubscriptionManagement subscriptions, RecipientManagement recipients) {
        this.subscriptions = subscriptions;
        this.recipients = recipients;
    }

    /** Recipient id → lead times, for everyone who follows {@code subject}. */
    public Map<String, LeadTimes> of(Subject subject) {
        Map<String, LeadTimes> followers = new LinkedHashMap<>();
        for (Subscription subscription : subscriptions.all()) {
            if (subscription.covers(subject)) {
                followers.merge(subscription.recipientId(), subscription.leadTimes(), LeadTimes::union);
            }
        }
        if (subject.kind() == EventKind.DEADLINE && !subject.entityNames().isEmpty()) {
            for (Recipient recipient : recipients.all()) {
                if (followsByDefault(recipient, subject)) {
                    followers.merge(recipient.id(), LeadTimes.DEFAULT, LeadTimes::union);
                }
            }
        }
        return followers;
    }

    /** The lead times with which one recipient follows {@code subject}, or null when they do not. */
    public LeadTimes of(Recipient recipient, List<Subscription> theirs, Subject subject) {
        LeadTimes lead = null;
        for (Subscription subscription : theirs) {
            if (subscription.covers(subject)) {
                lead = lead == null ? subscription.leadTimes() : lead.union(subscription.leadTimes());
            }
        }
        if (subject.kind() == EventKind.DEADLINE && followsByDefault(recipient, subject)) {
            lead = lead == null ? LeadTimes.DEFAULT : lead.union(LeadTimes.DEFAULT);
        }
        return lead;
    }

    /** Responsible staff: one of the names they are responsible for is (part of) a responsible entity's name. */
    static boolean followsByDefault(Recipient recipient, Subject subject) {
        if (!recipient.defaultSubscriptions()) {
            return false;
        }
        for (String theirs : recipient.responsibleFor()) {
            String wanted = theirs.toLowerCase(Locale.ROOT);
            for (String entity : subject.entityNames()) {
                String name = entity.toLowerCase(Locale.ROOT);
                if (name.contains(wanted) || wanted.contains(name)) {
                    return true;
                }
            }
        }
        return false;
    }
}
