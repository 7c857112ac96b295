package org.roadmap.notifications.alert.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.roadmap.notifications.alert.Alert;
import org.roadmap.notifications.alert.AlertSchedule;
import org.roadmap.notifications.alert.AlertStatus;
import org.roadmap.notifications.alert.Occasions;
import org.roadmap.notifications.commitment.CommitmentProjection;
import org.roadmap.notifications.NotFoundException;
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

    AlertController(CommitmentProjection commitments, Occasions occasions, AlertSchedule schedule) {
        this.commitments = commitments;
        this.occasions = occasions;
        this.schedule = schedule;
    }

    /** Alerts about the commitment, soonest first; {@code all=true} includes fired and cancelled ones. */
    @GetMapping("/{id}/alerts")
    List<AlertView> alerts(@PathVariable String id, @RequestParam(defaultValue = "false") boolean all) {
        var commitment = commitments.find(id).orElseThrow(() -> new NotFoundException("commitment", id));
        List<AlertView> views = new ArrayList<>();
        occasions.of(commitment).forEach(o -> schedule.ofPlan(o.id()).stream()
                .filter(a -> all || a.status() == AlertStatus.PENDING).map(AlertView::of).forEach(views::add));
        views.sort(java.util.Comparator.comparing(AlertView::dueAt));
        return views;
    }

    record AlertView(String id, String recipientId, String kind, int daysAhead, String about, Instant dueAt,
            String status, int occurrence, Instant firedAt, boolean late) {

        static AlertView of(Alert a) {
            return new AlertView(a.id(), a.recipientId(), a.kind().code(), a.daysAhead(), a.planId(), a.dueAt(),
                    a.status().name().toLowerCase(java.util.Locale.ROOT), a.occurrence(), a.firedAt(), a.late());
        }
    }
}
