package org.roadmap.commitments.commitment.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.roadmap.commitments.commitment.Commitment;
import org.roadmap.commitments.commitment.ResponsibleEntity;

/** A commitment as clients see it. */
record CommitmentResponse(
        String id,
        String roadMapId,
        String reference,
        String pillar,
        int number,
        String title,
        String text,
        List<ResponsibleEntity> responsibleEntities,
        LocalDate deadline,
        boolean restricted,
        long version,
        Instant registeredAt,
        String registeredBy) {

    static CommitmentResponse of(Commitment c) {
        return new CommitmentResponse(c.id(), c.roadMapId(), c.reference(), c.pillar(), c.number(), c.title(),
                c.text(), c.responsibleEntities(), c.deadline(), c.restricted(), c.version(), c.registeredAt(),
                c.registeredBy());
    }
}
