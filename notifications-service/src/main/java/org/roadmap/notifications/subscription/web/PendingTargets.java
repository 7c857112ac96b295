package org.roadmap.notifications.subscription.web;

import java.util.ArrayList;
import java.util.List;

import org.roadmap.notifications.commitment.CommitmentProjection;
import org.roadmap.notifications.meeting.MeetingProjection;
import org.roadmap.notifications.subscription.Subscription;
import org.springframework.stereotype.Component;

/**
 * Which of a subscription's targets this service has not heard of: staff may follow a commitment or a
 * meeting series before its first event arrives (or name one by mistake), so such a subscription is
 * accepted and shown as pending on those fields until the target is known, instead of silently
 * following nothing.
 */
@Component
class PendingTargets {

    private final CommitmentProjection commitments;
    private final MeetingProjection meetings;

    PendingTargets(CommitmentProjection commitments, MeetingProjection meetings) {
        this.commitments = commitments;
        this.meetings = meetings;
    }

    /** The fields naming a target not known yet: {@code commitmentId}, {@code meetingSeriesId}; empty when all are. */
    List<String> of(Subscription s) {
        List<String> pending = new ArrayList<>();
        if (s.commitmentId() != null && commitments.find(s.commitmentId()).isEmpty()) {
            pending.add("commitmentId");
        }
        if (s.meetingSeriesId() != null && meetings.findSeries(s.meetingSeriesId()).isEmpty()) {
            pending.add("meetingSeriesId");
        }
        return List.copyOf(pending);
    }
}
