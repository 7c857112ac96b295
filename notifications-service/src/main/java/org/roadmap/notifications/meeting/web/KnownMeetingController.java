package org.roadmap.notifications.meeting.web;

import org.roadmap.notifications.NotFoundException;
import org.roadmap.notifications.meeting.KnownMeeting;
import org.roadmap.notifications.meeting.MeetingProjection;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A meeting as notifications-service knows it from meetings-service's events. */
@RestController
@RequestMapping("/api/v1/notifications/meetings")
class KnownMeetingController {

    private final MeetingProjection projection;

    KnownMeetingController(MeetingProjection projection) {
        this.projection = projection;
    }

    @GetMapping("/{id}")
    KnownMeeting get(@PathVariable String id) {
        return projection.findMeeting(id).orElseThrow(() -> new NotFoundException("meeting", id));
    }
}
