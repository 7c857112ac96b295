package org.roadmap.notifications.alert.web;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.roadmap.notifications.alert.Alert;
import org.roadmap.notifications.alert.AlertSchedule;
import org.roadmap.notifications.alert.AlertStatus;
import org.roadmap.notifications.alert.Occasions;
import org.roadmap.notifications.commitment.CommitmentProjection;
import org.roadmap.notifications.NotFoundException;
import org.roadmap.notifications.recipient.RecipientAccess;
import org.roadmap.platform.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The alert schedule of a commitment (its deadline and milestones): who gets reminded when. */
@RestController
@RequestMapping("/api/v1/notifications/commitments")
class AlertController {

    private final CommitmentProjection commitments;
    private final Occasions occasions;
    private final AlertSchedule schedule;
    private final RecipientAccess access;

    AlertController(CommitmentProjection commitments, Occasions occasions, AlertSchedule schedule,
            RecipientAccess access) {
        this.commitments = commitments;
        this.occasions = occasions;
        this.schedule = schedule;
        this.access = access;
    }

    /**
     * Alerts about the commitment, soonest first; {@code all=true} includes fired and cancelled ones.
     * Everyone's for an admin, the caller's own otherwise; not found for a caller who may not see the commitment.
     */
    @GetMapping("/{id}/alerts")
    List<AlertView> alerts(@PathVariable String id, @RequestParam(defaultValue = "false") boolean all, Caller caller) {
        var commitment = commitments.visibleTo(caller, id).orElseThrow(() -> new NotFoundException("commitment", id));
        Predicate<String> readable = access.alertsReadable(caller);
        List<AlertView> views = new ArrayList<>();
        occasions.of(commitment).forEach(o -> schedule.ofPlan(o.id(), all).stream()
                .filter(a -> all || a.status() == AlertStatus.PENDING).filter(a -> readable.test(a.recipientId()))
                .map(AlertView::of).forEach(views::add));
        views.sort(java.util.Comparator.comparing(AlertView::dueAt));
        return views;
    }

    record AlertView(String id, String recipientId, String kind, int daysAhead, String about, Instant dueAt,
            String status, int occurrence, @Nullable Instant firedAt, boolean late) {

        static AlertView of(Alert a) {
            return new AlertView(a.id(), a.recipientId(), a.kind().code(), a.daysAhead(), a.planId(), a.dueAt(),
                    a.status().name().toLowerCase(java.util.Locale.ROOT), a.occurrence(), a.firedAt(), a.late());
        }
    }
}
