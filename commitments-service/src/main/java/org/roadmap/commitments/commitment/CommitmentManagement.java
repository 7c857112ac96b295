package org.roadmap.commitments.commitment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.roadmap.commitments.commitment.messaging.CommitmentEvents;
import org.roadmap.platform.outbox.OutboxWriter;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/** Use cases of commitments. Every change is stored together with its event, in one write. */
@Service
public class CommitmentManagement {

    private final Commitments commitments;
    private final OutboxWriter outbox;
    private final Clock clock;

    CommitmentManagement(Commitments commitments, OutboxWriter outbox, Clock clock) {
        this.commitments = commitments;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * @throws org.springframework.dao.DuplicateKeyException when the road map already has this reference
     */
    public Commitment register(String roadMapId, String pillar, int number, String title, String text,
            List<ResponsibleEntity> responsibleEntities, LocalDate deadline, boolean restricted, String actor) {
        Commitment commitment = Commitment.register(roadMapId, pillar, number, title, text, responsibleEntities,
                deadline, restricted, clock.instant(), actor);
        outbox.insert(commitment, commitment.id(), List.of(CommitmentEvents.registered(commitment)));
        return commitment;
    }

    public Optional<Commitment> find(String id) {
        return commitments.findById(id);
    }

    public Page<Commitment> list(String roadMapId, Pageable pageable) {
        return roadMapId == null ? commitments.findAll(pageable) : commitments.findByRoadMapId(roadMapId, pageable);
    }
}
