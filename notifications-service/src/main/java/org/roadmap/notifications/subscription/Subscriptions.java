package org.roadmap.notifications.subscription;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/** The stored subscriptions; queries only, writes go through {@link SubscriptionManagement}. */
interface Subscriptions extends Repository<Subscription, String> {

    Optional<Subscription> findById(String id);

    List<Subscription> findAll();

    List<Subscription> findByRecipientId(String recipientId);
}
