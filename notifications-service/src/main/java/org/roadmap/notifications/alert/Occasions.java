package org.roadmap.notifications.alert;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.roadmap.notifications.commitment.CommitmentProjection;
import org.roadmap.notifications.commitment.KnownCommitment;
import org.roadmap.notifications.subscription.EventKind;
import org.springframework.stereotype.Component;

/** The occasions alerts are about, as the projections know them now. */
@Component
public class Occasions {

    private final CommitmentProjection commitments;

    Occasions(CommitmentProjection commitments) {
        this.commitments = commitments;
    }

    /** A commitment's deadline and each of its milestones. */
    public List<Occasion> of(KnownCommitment c) {
        List<Occasion> occasions = new ArrayList<>();
        occasions.add(new Occasion("deadline:" + c.id(), EventKind.DEADLINE, c.roadMapId(), c.pillar(), c.reference(),
                c.title(), c.id(), null, List.of(c.id()), c.entityNames(), c.meetingSeries(), c.deadline(), null, null,
                null, null, null, c.deadline() != null && !c.complete()));
        for (KnownCommitment.KnownMilestone m : c.milestones()) {
            occasions.add(new Occasion("milestone:" + c.id() + ":" + m.id(), EventKind.MILESTONE, c.roadMapId(),
                    c.pillar(), c.reference(), c.title(), c.id(), m.title(), List.of(c.id()), c.entityNames(),
                    c.meetingSeries(), m.plannedDate(), null, null, null, null, null,
                    m.plannedDate() != null && m.actualDate() == null && !c.complete()));
        }
        return occasions;
    }

    /** Every occasion known, open or not. */
    public List<Occasion> all() {
        List<Occasion> all = new ArrayList<>();
        commitments.all().forEach(c -> all.addAll(of(c)));
        return all;
    }

    /** The occasion of {@code planId} as it stands now, to check a due alert still applies. */
    public Optional<Occasion> current(Occasion planned) {
        if (planned.commitmentId() == null || planned.kind() == EventKind.MEETING || planned.kind() == EventKind.CADENCE) {
            return Optional.of(planned);
        }
        return commitments.find(planned.commitmentId()).flatMap(c -> of(c).stream()
                .filter(o -> o.id().equals(planned.id())).findFirst());
    }
}
