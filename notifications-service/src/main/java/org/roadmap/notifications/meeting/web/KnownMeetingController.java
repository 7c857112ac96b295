package org.roadmap.notifications.meeting.web;

import java.util.List;
import java.util.Set;

import org.roadmap.notifications.NotFoundException;
import org.roadmap.notifications.commitment.CommitmentProjection;
import org.roadmap.notifications.meeting.KnownSeries;
import org.roadmap.platform.security.Caller;
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
    private final CommitmentProjection commitments;

    KnownMeetingController(MeetingProjection projection, CommitmentProjection commitments) {
        this.projection = projection;
        this.commitments = commitments;
    }

    /**
     * The meeting; for a caller who may not see restricted items, without the restricted commitments it
     * serves, and not found when it serves only such (as meetings-service answers).
     */
    @GetMapping("/{id}")
    KnownMeeting get(@PathVariable String id, Caller caller) {
        KnownMeeting m = projection.findMeeting(id).orElseThrow(() -> new NotFoundException("meeting", id));
        if (caller.seesRestricted()) {
            return m;
        }
        List<String> served = !m.commitmentIds().isEmpty() ? m.commitmentIds()
                : projection.findSeries(m.seriesId()).map(KnownSeries::commitmentIds).orElse(List.of());
        if (commitments.onlyRestricted(served)) {
            throw new NotFoundException("meeting", id);
        }
        Set<String> restricted = commitments.restrictedAmong(m.commitmentIds());
        List<String> visible = m.commitmentIds().stream().filter(c -> !restricted.contains(c)).toList();
        return new KnownMeeting(m.id(), m.seriesId(), m.title(), m.start(), m.end(), m.venueCity(), m.venueZone(),
                visible, m.status(), m.planned(), m.lastEventId(), m.updatedAt());
    }
}
