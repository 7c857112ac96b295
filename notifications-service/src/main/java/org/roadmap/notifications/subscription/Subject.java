package org.roadmap.notifications.subscription;

import java.util.List;

/**
 * What an alert is about, as far as subscriptions filter: a commitment's deadline, a milestone,
 * a meeting, a cadence period.
 *
 * @param commitmentIds the commitment, or the commitments a meeting series serves
 * @param entityNames   names of the responsible entities of those commitments
 */
public record Subject(EventKind kind, String roadMapId, String pillar, List<String> commitmentIds,
        List<String> entityNames, String seriesId) {

    public Subject {
        commitmentIds = commitmentIds == null ? List.of() : List.copyOf(commitmentIds);
        entityNames = entityNames == null ? List.of() : List.copyOf(entityNames);
    }
}
