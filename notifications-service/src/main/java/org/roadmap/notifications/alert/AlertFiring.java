package org.roadmap.notifications.alert;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.roadmap.notifications.config.NotificationsProperties;
import org.roadmap.notifications.recipient.Recipient;
import org.roadmap.notifications.recipient.RecipientManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What happens to one due alert: skipped when its occasion changed or its recipient is gone,
 * superseded when it is late and the recipient's next step is due as well, moved out of the
 * recipient's quiet hours, otherwise dispatched and marked fired (recurring ones move on a week).
 */
@Component
class AlertFiring {

    private static final Logger log = LoggerFactory.getLogger(AlertFiring.class);

    private final AlertSchedule schedule;
    private final Occasions occasions;
    private final RecipientManagement recipients;
    private final DeliveryTimes times;
    private final AlertDispatch dispatch;
    private final Duration lateAfter;

    AlertFiring(AlertSchedule schedule, Occasions occasions, RecipientManagement recipients, DeliveryTimes times,
            AlertDispatch dispatch, NotificationsProperties properties) {
        this.schedule = schedule;
        this.occasions = occasions;
        this.recipients = recipients;
        this.times = times;
        this.dispatch = dispatch;
        this.lateAfter = properties.scheduler().lateAfter();
    }

    private final Map<String, Optional<Recipient>> recipientsOfPass = new HashMap<>();
    private final Map<String, Optional<Occasion>> occasionsOfPass = new HashMap<>();
    private Instant watermarkOfPass;

    /**
     * Forgets what the previous pass looked up: recipients and occasions are read once per pass.
     *
     * @param watermark the schedule's watermark as the pass began; it ends no later than the pass's hour
     */
    void beginPass(Instant watermark) {
        recipientsOfPass.clear();
        occasionsOfPass.clear();
        watermarkOfPass = watermark;
    }

    void fire(Alert alert, Instant now) {
        fireAll(Collections.singletonList(alert), now);
    }

    /**
     * Fires a batch of due alerts: decides each one's fate, hands the ones to deliver to the channels in
     * one go, then records the outcome with a few bulk writes. An alert is marked fired only after its
     * deliveries are written, and deliveries are keyed by alert, so a batch retried after a crash sends
     * nothing twice.
     */
    void fireAll(List<Alert> batch, Instant now) {
        List<AlertDispatch.Due> deliver = new ArrayList<>();
        List<String> cancelled = new ArrayList<>();
        List<String> superseded = new ArrayList<>();
        List<Alert> moved = new ArrayList<>();
        List<Alert> notYetDue = new ArrayList<>();
        Map<String, Alert> nextSteps = nextStepsOfLate(batch, now);
        lookUpRecipients(batch);
        lookUpOccasions(batch);
        for (Alert alert : batch) {
            if (alert == null || alert.status() != AlertStatus.PENDING) {
                continue;
            }
            if (alert.dueAt().isAfter(now)) {
                // met at an entry earlier than its due time: a round that moved it on stopped before its new entry
                notYetDue.add(alert);
                continue;
            }
            Optional<Recipient> recipient = recipientsOfPass.computeIfAbsent(alert.recipientId(), recipients::find);
            if (recipient.isEmpty() || !stillApplies(alert)) {
                cancelled.add(alert.id());
                continue;
            }
            boolean late = isLate(alert, now);
            if (late && alert.next() != null && supersededByNext(nextSteps.get(alert.next()), now)) {
                superseded.add(alert.id());
                continue;
            }
            Instant allowed = times.outsideQuietHours(now, recipient.get());
            if (allowed.isAfter(now)) {
                moved.add(alert.movedTo(allowed, alert.occurrence()));
                continue;
            }
            deliver.add(new AlertDispatch.Due(alert, recipient.get(), late));
        }
        if (!deliver.isEmpty()) {
            dispatch.dispatchAll(deliver, now);
        }
        List<String> fired = new ArrayList<>();
        List<String> firedLate = new ArrayList<>();
        for (AlertDispatch.Due due : deliver) {
            Alert alert = due.alert();
            if (alert.kind().recurring()) {
                Instant next = alert.dueAt();
                while (!next.isAfter(now)) {
                    next = times.on(next.atZone(due.recipient().zone()).toLocalDate().plusWeeks(1), due.recipient());
                }
                moved.add(alert.movedTo(next, alert.occurrence() + 1));
            } else {
                (due.late() ? firedLate : fired).add(alert.id());
            }
        }
        schedule.rescheduleAll(moved, watermarkOfPass);
        if (!notYetDue.isEmpty()) {
            schedule.index(notYetDue, watermarkOfPass);
        }
        schedule.finishAll(AlertStatus.FIRED, fired, now, false);
        schedule.finishAll(AlertStatus.FIRED, firedLate, now, true);
        schedule.finishAll(AlertStatus.CANCELLED, cancelled, now, false);
        schedule.finishAll(AlertStatus.SUPERSEDED, superseded, now, true);
        log.debug("Fired {} alerts, cancelled {}, superseded {}", fired.size() + firedLate.size(), cancelled.size(),
                superseded.size());
    }

    /** The recipients of a batch not looked up yet in this pass, in one query. */
    private void lookUpRecipients(List<Alert> batch) {
        Set<String> missing = new HashSet<>();
        batch.stream().filter(Objects::nonNull).map(Alert::recipientId)
                .filter(id -> !recipientsOfPass.containsKey(id)).forEach(missing::add);
        if (missing.isEmpty()) {
            return;
        }
        Map<String, Recipient> found = recipients.byIds(missing);
        missing.forEach(id -> recipientsOfPass.put(id, Optional.ofNullable(found.get(id))));
    }

    /** The occasions of a batch not looked up yet in this pass, those of commitments in one query. */
    private void lookUpOccasions(List<Alert> batch) {
        Map<String, Occasion> missing = new HashMap<>();
        batch.stream().filter(Objects::nonNull).map(Alert::occasion)
                .filter(o -> !occasionsOfPass.containsKey(passKey(o))).forEach(o -> missing.putIfAbsent(passKey(o), o));
        if (!missing.isEmpty()) {
            occasions.current(missing.values())
                    .forEach((planned, current) -> occasionsOfPass.put(passKey(planned), current));
        }
    }

    /** An occasion as planned: its id, and the date or start an alert was planned for. */
    private static String passKey(Occasion occasion) {
        return occasion.id() + "@" + occasion.date() + "@" + occasion.start();
    }

    private boolean isLate(Alert alert, Instant now) {
        return Duration.between(alert.dueAt(), now).compareTo(lateAfter) > 0;
    }

    /** The next steps of the late alerts of a batch, in one look-up. */
    private Map<String, Alert> nextStepsOfLate(List<Alert> batch, Instant now) {
        List<String> ids = batch.stream().filter(a -> a != null && a.next() != null && isLate(a, now))
                .map(Alert::next).toList();
        return ids.isEmpty() ? Map.of() : schedule.byIds(ids);
    }

    private boolean stillApplies(Alert alert) {
        Optional<Occasion> current = occasionsOfPass.computeIfAbsent(passKey(alert.occasion()),
                key -> occasions.current(alert.occasion()));
        return current.isPresent() && current.get().open()
                && Objects.equals(current.get().date(), alert.occasion().date())
                && Objects.equals(current.get().start(), alert.occasion().start());
    }

    private static boolean supersededByNext(Alert next, Instant now) {
        return next != null && next.status() == AlertStatus.PENDING && !next.dueAt().isAfter(now);
    }
}
