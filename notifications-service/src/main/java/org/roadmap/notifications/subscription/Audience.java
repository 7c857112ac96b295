package org.roadmap.notifications.subscription;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.roadmap.notifications.recipient.Recipient;
import org.springframework.stereotype.Component;

/**
 * Who is alerted about a subject, with which lead times: every recipient with a subscription
 * that covers it (several subscriptions of one recipient add up), and, for deadlines, the
 * staff of its responsible entities who keep their default subscription.
 */
@Component
public class Audience {

    private final Followers followers;

    Audience(Followers followers) {
        this.followers = followers;
    }

    /** A recipient who follows a subject, with the lead times of all their subscriptions that cover it. */
    public record Follower(Recipient recipient, LeadTimes lead) {
    }

    /** Everyone who follows {@code subject}, from the recipients and subscriptions held in memory. */
    public List<Follower> of(Subject subject) {
        return of(subject, followers.current());
    }

    /**
     * Who follows each subject asked of it, from the recipients and subscriptions as they are now: checked once
     * (a look-up of their version) for all the subjects a batch of replans asks about.
     */
    public Function<Subject, List<Follower>> now() {
        Followers.Known known = followers.current();
        return subject -> of(subject, known);
    }

    private List<Follower> of(Subject subject, Followers.Known known) {
        Map<String, LeadTimes> leads = new LinkedHashMap<>();
        for (Subscription subscription : known.subscriptions()) {
            if (subscription.covers(subject)) {
                leads.merge(subscription.recipientId(), subscription.leadTimes(), LeadTimes::union);
            }
        }
        if (subject.kind() == EventKind.DEADLINE && !subject.entityNames().isEmpty()) {
            for (Recipient recipient : known.recipients().values()) {
                if (followsByDefault(recipient, subject)) {
                    leads.merge(recipient.id(), LeadTimes.DEFAULT, LeadTimes::union);
                }
            }
        }
        List<Follower> found = new ArrayList<>();
        leads.forEach((id, lead) -> {
            Recipient recipient = known.recipients().get(id);
            if (recipient != null) {
                found.add(new Follower(recipient, lead));
            }
        });
        return found;
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
