package org.roadmap.notifications.recipient;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/** The stored recipients; queries only, writes go through {@link RecipientManagement}. */
interface Recipients extends Repository<Recipient, String> {

    Optional<Recipient> findById(String id);

    Optional<Recipient> findByUserId(String userId);

    List<Recipient> findAllById(Iterable<String> ids);

    List<Recipient> findAll();
}
