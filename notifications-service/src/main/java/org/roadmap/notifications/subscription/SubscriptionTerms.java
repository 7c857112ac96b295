package org.roadmap.notifications.subscription;

import java.util.List;

/** The filters and lead times of a subscription, as checked by the web layer. */
public record SubscriptionTerms(String roadMapId, String pillar, String commitmentId, String responsibleEntity,
        String meetingSeriesId, List<EventKind> kinds, LeadTimes leadTimes) {
}
