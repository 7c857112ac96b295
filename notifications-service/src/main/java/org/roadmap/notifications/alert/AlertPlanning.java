package org.roadmap.notifications.alert;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

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
import org.roadmap.notifications.subscription.Subject;
import org.roadmap.notifications.subscription.Subscription;
import org.roadmap.notifications.subscription.SubscriptionManagement;
import org.roadmap.notifications.subscription.SubscriptionsChanged;
import org.roadmap.platform.messaging.BatchWork;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Keeps the alert schedule derived from what is known: a changed commitment replans its deadline
 * and milestones for everyone who follows them, a changed meeting or cadence period its alerts; a
 * changed recipient or subscription replans that recipient on every occasion, all occasions at once. Replanning is
 * idempotent, so a redelivered event changes nothing. Consumed events replan at the end of their batch, once for all
 * the commitments, meetings and cadence periods the batch changed.
 * An occasion about restricted commitments only is planned for recipients who see restricted items only
 * ({@link Recipient#seesRestricted}), whatever they follow.
 * When a plan holds an alert due already (an immediate recipient's overdue alert, say), this replica's firing
 * loop is woken so it goes out now rather than at the next poll (a wake-up given during a round is kept for
 * the next, so none is lost).
 */
@Service
public class AlertPlanning {

    /** Under which the replans of meetings and of cadence periods are put off to a batch's end. */
    private static final String MEETINGS = "meetings";
    private static final String CADENCE_PERIODS = "cadence periods";

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

    /**
     * Replans the commitment's deadline and milestones. In a batch of consumed events, once at the batch's end for all
     * the commitments it changed, each as its last event left it ({@link BatchWork}).
     */
    @EventListener
    public void commitmentChanged(KnownCommitmentChanged changed) {
        KnownCommitment commitment = changed.commitment();
        BatchWork.putOff(AlertPlanning.class, commitment.id(), commitment, this::replanCommitments);
    }

    /** Replans every occasion of these commitments at once ({@link AlertSchedule#replanAll}). */
    void replanCommitments(List<KnownCommitment> changed) {
        List<Occasion> theirs = new ArrayList<>();
        Set<String> restricted = new HashSet<>();
        for (KnownCommitment commitment : changed) {
            for (Occasion occasion : occasions.of(commitment)) {
                theirs.add(occasion);
                if (commitment.restricted()) {
                    restricted.add(occasion.id());
                }
            }
        }
        replan(theirs, occasion -> restricted.contains(occasion.id()));
    }

    /**
     * A scheduled, moved, cancelled or held meeting, or a cadence period opened or settled: replanned as it is at the
     * end of the batch of consumed events, with the others the batch changed.
     */
    @EventListener
    public void meetingOccasionChanged(MeetingOccasionChanged changed) {
        if (changed.meetingId() != null) {
            String meeting = changed.meetingId();
            BatchWork.putOff(MEETINGS, meeting, meeting, ids -> replanOccasions(ids.stream()
                    .flatMap(id -> meetings.findMeeting(id).map(occasions::of).stream()).toList()));
        }
        if (changed.cadencePeriodId() != null) {
            String period = changed.cadencePeriodId();
            BatchWork.putOff(CADENCE_PERIODS, period, period, ids -> replanOccasions(ids.stream()
                    .flatMap(id -> meetings.findCadencePeriod(id).map(occasions::of).stream()).toList()));
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
        return replanOccasions(List.of(occasion)).get(0);
    }

    /** Replans these occasions for everyone who follows them, all at once. */
    private List<AlertSchedule.Replanned> replanOccasions(List<Occasion> changed) {
        return replan(changed, onlyRestricted(changed));
    }

    /**
     * Which of these occasions are about restricted commitments only, from one look-up of their commitments; one
     * about no commitment, or about one not heard of, is not.
     */
    private Predicate<Occasion> onlyRestricted(List<Occasion> of) {
        Set<String> restricted = commitments.restrictedAmong(of.stream()
                .flatMap(o -> o.commitmentIds().stream()).distinct().toList());
        return o -> !o.commitmentIds().isEmpty() && restricted.containsAll(o.commitmentIds());
    }

    /**
     * @param onlyRestricted whether an occasion is about restricted commitments only: planned then for those who see
     *                       restricted items only
     */
    private List<AlertSchedule.Replanned> replan(List<Occasion> changed, Predicate<Occasion> onlyRestricted) {
        Instant now = clock.instant();
        Function<Subject, List<Audience.Follower>> followers = audience.now();
        List<AlertSchedule.Wanted> plans = new ArrayList<>();
        boolean dueNow = false;
        for (Occasion occasion : changed) {
            List<Alert> desired = desired(occasion, onlyRestricted.test(occasion), followers, now);
            plans.add(new AlertSchedule.Wanted(occasion.id(), desired, null));
            dueNow |= anyDue(desired, now);
        }
        List<AlertSchedule.Replanned> replanned = schedule.replanAll(plans);
        if (dueNow) {
            scheduler.wake();
        }
        return replanned;
    }

    /** The alerts everyone who follows the occasion should get, as of now. */
    private List<Alert> desired(Occasion occasion, boolean restricted,
            Function<Subject, List<Audience.Follower>> followers, Instant now) {
        List<Alert> desired = new ArrayList<>();
        if (occasion.open()) {
            for (Audience.Follower follower : followers.apply(occasion.subject())) {
                if (!restricted || follower.recipient().seesRestricted()) {
                    desired.addAll(planner.plan(occasion, follower.recipient(), follower.lead(), now));
                }
            }
        }
        return desired;
    }

    /** Replans one recipient on every occasion known, all occasions at once. */
    public void replanRecipient(String recipientId) {
        Recipient recipient = recipients.find(recipientId).orElse(null);
        List<Subscription> theirs = subscriptions.ofRecipient(recipientId);
        Instant now = clock.instant();
        List<Occasion> all = occasions.all();
        Predicate<Occasion> hidden = recipient == null || recipient.seesRestricted() ? o -> false
                : onlyRestricted(all);
        List<AlertSchedule.Wanted> plans = new ArrayList<>();
        boolean dueNow = false;
        for (Occasion occasion : all) {
            LeadTimes lead = recipient == null || !occasion.open() ? null
                    : audience.of(recipient, theirs, occasion.subject());
            if (lead != null && hidden.test(occasion)) {
                lead = null;
            }
            List<Alert> desired = lead == null ? List.of() : planner.plan(occasion, recipient, lead, now);
            plans.add(new AlertSchedule.Wanted(occasion.id(), desired, recipientId));
            dueNow |= anyDue(desired, now);
        }
        schedule.replanAll(plans);
        if (dueNow) {
            scheduler.wake();
        }
    }

    private static boolean anyDue(List<Alert> planned, Instant now) {
        return planned.stream().anyMatch(alert -> !alert.dueAt().isAfter(now));
    }
}
