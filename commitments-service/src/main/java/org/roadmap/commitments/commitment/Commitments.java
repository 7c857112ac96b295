package org.roadmap.commitments.commitment;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/** The stored commitments; queries only, writes go through {@link CommitmentManagement}. */
interface Commitments extends Repository<Commitment, String> {

    Optional<Commitment> findById(String id);

    List<Commitment> findAll();

    List<Commitment> findByRoadMapIdOrderByPillarAscNumberAsc(String roadMapId);
}
