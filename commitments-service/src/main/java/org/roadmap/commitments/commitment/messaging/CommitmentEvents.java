package org.roadmap.commitments.commitment.messaging;

import org.roadmap.commitments.commitment.Commitment;
import org.roadmap.events.commitment.CommitmentRegistered;
import org.roadmap.events.commitment.ResponsibleEntity;

/** The integration events of a commitment's state changes. */
public final class CommitmentEvents {

    private CommitmentEvents() {
    }

    public static CommitmentRegistered registered(Commitment commitment) {
        return new CommitmentRegistered(commitment.id(), commitment.roadMapId(), commitment.reference(),
                commitment.pillar(), commitment.number(), commitment.title(), commitment.text(),
                commitment.responsibleEntities().stream()
                        .map(e -> new ResponsibleEntity(e.name(), e.country(), e.role())).toList(),
                commitment.deadline(), commitment.restricted(), commitment.registeredBy(), null, null);
    }
}
