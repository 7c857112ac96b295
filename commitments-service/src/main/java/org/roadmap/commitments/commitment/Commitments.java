package org.roadmap.commitments.commitment;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

import java.util.Optional;

/** The stored commitments; queries only, writes go through {@link CommitmentManagement}. */
interface Commitments extends Repository<Commitment, String> {

    Optional<Commitment> findById(String id);

    Page<Commitment> findByRoadMapId(String roadMapId, Pageable pageable);

    Page<Commitment> findAll(Pageable pageable);
}
