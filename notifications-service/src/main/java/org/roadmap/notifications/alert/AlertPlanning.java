package org.roadmap.notifications.alert;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.roadmap.notifications.commitment.CommitmentProjection;
import org.roadmap.notifications.commitment.KnownCommitment;
import org.roadmap.notifications.commitment.KnownCommitmentChanged;
import org.roadmap.notifications.meeting.MeetingOccasionChanged;
import org.roadmap.notifications.meeting.MeetingProjection;
import org.roadmap.notifications.recipient.Recipient;
import org.roadmap.notifications.recipient.RecipientChanged;
import org.roadmap.notifications.recipient.RecipientManagement;
import org.roadmap.notifications.subscription.Audience;
import org.roadmap.notifications.subscription.LeadTimes;
import org.roadmap.notifications.subscription.Subscription;
import org.roadmap.notifications.subscription.SubscriptionManagement;
import org.roadmap.notifications.subscription.SubscriptionsChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Keeps the alert schedule derived from what is known: a changed commitment replans its deadline
 * and milestones for everyone who follows them, a changed meeting or cadence period its alerts; a
 * changed recipient or subscription replans that recipient on every occasion. Replanning is idempotent, so a redelivered event changes nothing.
 * An occasion about restricted commitments only is planned for recipients who see restricted items only
 * ({@link Recipient#seesRestricted}), whatever they follow.
 * When a plan holds an alert due already (an immediate recipient's overdue alert, say), this replica's firing
 * loop is woken so it goes out now rather than at the next poll (a wake-up given during a round is kept for
 * the next, so none is lost).
 */
@Service
public class AlertPlanning {

    private final CommitmentProjection commitments;
    private final MeetingProjection meetings;
    private final Occasions occasions;
    private final Audience audience;
    private final RecipientManagement recipients;
    private final SubscriptionManagement subscriptions;
    private final AlertPlanner planner;
    private final AlertSchedule schedule;
    private final AlertScheduler scheduler;
    private final Clock clock;

    AlertPlanning(CommitmentProjection commitments, MeetingProjection meetings, Occasions occasions, Audience audience,
            RecipientManagement recipients, SubscriptionManagement subscriptions, AlertPlanner planner,
            AlertSchedule schedule, AlertScheduler scheduler, Clock clock) {
        this.commitments = commitments;
        this.meetings = meetings;
        this.occasions = occasions;
        this.audience = audience;
        this.recipients = recipients;
        this.subscriptions = subscriptions;
        this.planner = planner;
        this.schedule = schedule;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    @EventListener
    public void commitmentChanged(KnownCommitmentChanged changed) {
        KnownCommitment commitment = changed.commitment();
        occasions.of(commitment).forEach(occasion -> replan(occasion, commitment.restricted()));
    }

    /** A scheduled, moved, cancelled or held meeting, or a cadence period opened or settled. */
    @EventListener
    public void meetingOccasionChanged(MeetingOccasionChanged changed) {
        if (changed.meetingId() != null) {
            meetings.findMeeting(changed.meetingId()).ifPresent(m -> replan(occasions.of(m)));
        }
        if (changed.cadencePeriodId() != null) {
            meetings.findCadencePeriod(changed.cadencePeriodId()).ifPresent(p -> replan(occasions.of(p)));
        }
    }

    @EventListener
    public void recipientChanged(RecipientChanged changed) {
        replanRecipient(changed.recipientId());
    }

    @EventListener
    public void subscriptionsChanged(SubscriptionsChanged changed) {
        replanRecipient(changed.recipientId());
    }

    /** Replans one occasion for everyone who follows it. */
    public AlertSchedule.Replanned replan(Occasion occasion) {
        return replan(occasion, commitments.onlyRestricted(occasion.commitmentIds()));
    }

    /** @param restricted whether the occasion is about restricted commitments only */
    private AlertSchedule.Replanned replan(Occasion occasion, boolean restricted) {
        List<Alert> desired = new ArrayList<>();
        Instant now = clock.instant();
        if (occasion.open()) {
            for (Audience.Follower follower : audience.of(occasion.subject())) {
                if (!restricted || follower.recipient().seesRestricted()) {
                    desired.addAll(planner.plan(occasion, follower.recipient(), follower.lead(), now));
                }
            }
        }
        AlertSchedule.Replanned replanned = schedule.replan(occasion.id(), desired, null);
        if (anyDue(desired, now)) {
            scheduler.wake();
        }
        return replanned;
    }

    /** Replans one recipient on every occasion known. */
    public void replanRecipient(String recipientId) {
        Recipient recipient = recipients.find(recipientId).orElse(null);
        List<Subscription> theirs = subscriptions.ofRecipient(recipientId);
        Instant now = clock.instant();
        boolean dueNow = false;
        for (Occasion occasion : occasions.all()) {
            LeadTimes lead = recipient == null || !occasion.open() ? null
                    : audience.of(recipient, theirs, occasion.subject());
            if (lead != null && !recipient.seesRestricted() && commitments.onlyRestricted(occasion.commitmentIds())) {
                lead = null;
            }
            List<Alert> desired = lead == null ? List.of() : planner.plan(occasion, recipient, lead, now);
            schedule.replan(occasion.id(), desired, recipientId);
            dueNow |= anyDue(desired, now);
        }
        if (dueNow) {
            scheduler.wake();
        }
    }

    private static boolean anyDue(List<Alert> planned, Instant now) {
        return planned.stream().anyMatch(alert -> !alert.dueAt().isAfter(now));
    }
}
