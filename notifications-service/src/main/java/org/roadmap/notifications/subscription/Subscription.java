package org.roadmap.notifications.subscription;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What one recipient wants to be alerted about, and how far ahead. Every filter that is set must
 * match; none set means everything of the chosen kinds.
 *
 * @param responsibleEntity matches a commitment one of whose responsible entities' names contains it,
 *                          e.g. {@code MINEM}
 * @param kinds             empty means all kinds
 * @param version           incremented on every change; the ETag
 */
@Document("subscriptions")
public record Subscription(
        @Id String id,
        String recipientId,
        String roadMapId,
        String pillar,
        String commitmentId,
        String responsibleEntity,
        String meetingSeriesId,
        List<EventKind> kinds,
        LeadTimes leadTimes,
        long version,
        Instant createdAt,
        Instant updatedAt,
        String requestDigest) {

    public Subscription {
        kinds = kinds == null ? List.of() : List.copyOf(kinds);
        leadTimes = leadTimes == null ? LeadTimes.DEFAULT : leadTimes;
    }

    public boolean covers(Subject subject) {
        return (kinds.isEmpty() || kinds.contains(subject.kind()))
                && (roadMapId == null || roadMapId.equals(subject.roadMapId()))
                && (pillar == null || pillar.equals(subject.pillar()))
                && (commitmentId == null || subject.commitmentIds().contains(commitmentId))
                && (meetingSeriesId == null || meetingSeriesId.equals(subject.seriesId()))
                && (responsibleEntity == null || subject.entityNames().stream().anyMatch(
                        name -> name.toLowerCase(Locale.ROOT).contains(responsibleEntity.toLowerCase(Locale.ROOT))));
    }

    Subscription changed(SubscriptionTerms terms, Instant now) {
        return new Subscription(id, recipientId, terms.roadMapId(), terms.pillar(), terms.commitmentId(),
                terms.responsibleEntity(), terms.meetingSeriesId(), terms.kinds(), terms.leadTimes(), version + 1,
                createdAt, now, requestDigest);
    }
}
