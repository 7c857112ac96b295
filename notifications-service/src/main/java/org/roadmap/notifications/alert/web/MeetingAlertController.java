package org.roadmap.notifications.alert.web;

import java.util.List;

import org.roadmap.notifications.NotFoundException;
import org.roadmap.notifications.alert.AlertSchedule;
import org.roadmap.notifications.alert.AlertStatus;
import org.roadmap.notifications.alert.Occasions;
import org.roadmap.notifications.meeting.MeetingProjection;
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
    private final Occasions occasions;
    private final AlertSchedule schedule;

    MeetingAlertController(MeetingProjection meetings, Occasions occasions, AlertSchedule schedule) {
        this.meetings = meetings;
        this.occasions = occasions;
        this.schedule = schedule;
    }

    /** Alerts about the meeting, soonest first; {@code all=true} includes fired and cancelled ones. */
    @GetMapping("/{id}/alerts")
    List<AlertController.AlertView> alerts(@PathVariable String id, @RequestParam(defaultValue = "false") boolean all) {
        var meeting = meetings.findMeeting(id).orElseThrow(() -> new NotFoundException("meeting", id));
        return schedule.ofPlan(occasions.of(meeting).id()).stream()
                .filter(a -> all || a.status() == AlertStatus.PENDING).map(AlertController.AlertView::of).toList();
    }
}
