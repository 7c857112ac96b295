package org.roadmap.notifications.alert;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

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

    private final java.util.Map<String, Optional<Recipient>> recipientsOfPass = new java.util.HashMap<>();
    private final java.util.Map<String, Optional<Occasion>> occasionsOfPass = new java.util.HashMap<>();

    /** Forgets what the previous pass looked up: recipients and occasions are read once per pass. */
    void beginPass() {
        recipientsOfPass.clear();
        occasionsOfPass.clear();
    }

    void fire(Alert alert, Instant now) {
        if (alert == null || alert.status() != AlertStatus.PENDING || alert.dueAt().isAfter(now)) {
            return;
        }
        Optional<Recipient> recipient = recipientsOfPass.computeIfAbsent(alert.recipientId(), recipients::find);
        if (recipient.isEmpty() || !stillApplies(alert)) {
            schedule.finish(alert.id(), AlertStatus.CANCELLED, now, false);
            return;
        }
        boolean late = Duration.between(alert.dueAt(), now).compareTo(lateAfter) > 0;
        if (late && supersededByNext(alert, now)) {
            schedule.finish(alert.id(), AlertStatus.SUPERSEDED, now, true);
            return;
        }
        Instant allowed = times.outsideQuietHours(now, recipient.get());
        if (allowed.isAfter(now)) {
            schedule.reschedule(alert, allowed, alert.occurrence());
            return;
        }
        dispatch.dispatch(alert, recipient.get(), late, now);
        if (alert.kind().recurring()) {
            Instant next = alert.dueAt();
            while (!next.isAfter(now)) {
                next = times.on(next.atZone(recipient.get().zone()).toLocalDate().plusWeeks(1), recipient.get());
            }
            schedule.reschedule(alert, next, alert.occurrence() + 1);
        } else {
            schedule.finish(alert.id(), AlertStatus.FIRED, now, late);
        }
        log.debug("Alert {} ({}) fired for {}{}", alert.id(), alert.kind().code(), alert.recipientId(),
                late ? ", late" : "");
    }

    private boolean stillApplies(Alert alert) {
        Optional<Occasion> current = occasionsOfPass.computeIfAbsent(alert.occasion().id() + "@"
                + alert.occasion().date() + "@" + alert.occasion().start(), key -> occasions.current(alert.occasion()));
        return current.isPresent() && current.get().open()
                && Objects.equals(current.get().date(), alert.occasion().date())
                && Objects.equals(current.get().start(), alert.occasion().start());
    }

    private boolean supersededByNext(Alert alert, Instant now) {
        if (alert.next() == null) {
            return false;
        }
        Alert next = schedule.find(alert.next());
        return next != null && next.status() == AlertStatus.PENDING && !next.dueAt().isAfter(now);
    }
}
