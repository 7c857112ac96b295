package org.roadmap.notifications.alert.web;

import java.util.List;
import java.util.function.Predicate;

import org.roadmap.notifications.NotFoundException;
import org.roadmap.notifications.alert.AlertSchedule;
import org.roadmap.notifications.alert.AlertStatus;
import org.roadmap.notifications.alert.Occasions;
import org.roadmap.notifications.commitment.CommitmentProjection;
import org.roadmap.notifications.meeting.MeetingProjection;
import org.roadmap.notifications.recipient.RecipientAccess;
import org.roadmap.platform.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The alert schedule of a meeting: who gets reminded of it when. */
@RestController
@RequestMapping("/api/v1/notifications/meetings")
class MeetingAlertController {

    private final MeetingProjection meetings;
    private final CommitmentProjection commitments;
    private final Occasions occasions;
    private final AlertSchedule schedule;
    private final RecipientAccess access;

    MeetingAlertController(MeetingProjection meetings, CommitmentProjection commitments, Occasions occasions,
            AlertSchedule schedule, RecipientAccess access) {
        this.meetings = meetings;
        this.commitments = commitments;
        this.occasions = occasions;
        this.schedule = schedule;
        this.access = access;
    }

    /**
     * Alerts about the meeting, soonest first; {@code all=true} includes fired and cancelled ones.
     * Everyone's for an admin, the caller's own otherwise; not found for a caller who may not see
     * restricted items when the meeting serves restricted commitments only.
     */
    @GetMapping("/{id}/alerts")
    List<AlertController.AlertView> alerts(@PathVariable String id, @RequestParam(defaultValue = "false") boolean all,
            Caller caller) {
        var occasion = meetings.findMeeting(id).map(occasions::of)
                .filter(o -> caller.sees(commitments.onlyRestricted(o.commitmentIds())))
                .orElseThrow(() -> new NotFoundException("meeting", id));
        Predicate<String> readable = access.alertsReadable(caller);
        return schedule.ofPlan(occasion.id(), all).stream().filter(a -> all || a.status() == AlertStatus.PENDING)
                .filter(a -> readable.test(a.recipientId())).map(AlertController.AlertView::of).toList();
    }
}
