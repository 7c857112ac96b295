package org.roadmap.notifications.subscription.web;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.roadmap.notifications.subscription.EventKind;
import org.roadmap.notifications.subscription.LeadTimes;
import org.roadmap.notifications.subscription.Subscription;

/**
 * @param pending the fields naming a target this service has not heard of yet ({@code commitmentId},
 *                {@code meetingSeriesId}): nothing about it is alerted until its first event arrives;
 *                absent when every target is known
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record SubscriptionResponse(String id, String recipientId, String roadMapId, String pillar, String commitmentId,
        String responsibleEntity, String meetingSeriesId, List<String> kinds, LeadTimes leadTimes,
        List<String> pending, long version, Instant createdAt, Instant updatedAt) {

    static SubscriptionResponse of(Subscription s, List<String> pending) {
        return new SubscriptionResponse(s.id(), s.recipientId(), s.roadMapId(), s.pillar(), s.commitmentId(),
                s.responsibleEntity(), s.meetingSeriesId(), s.kinds().stream().map(EventKind::code).toList(),
                s.leadTimes(), pending.isEmpty() ? null : pending, s.version(), s.createdAt(), s.updatedAt());
    }
}
