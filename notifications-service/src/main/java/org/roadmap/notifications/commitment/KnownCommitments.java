package org.roadmap.notifications.commitment;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/** The commitments notifications-service has heard of. */
interface KnownCommitments extends Repository<KnownCommitment, String> {

    Optional<KnownCommitment> findById(String id);

    List<KnownCommitment> findAll();

    List<KnownCommitment> findAllById(Iterable<String> ids);
}
