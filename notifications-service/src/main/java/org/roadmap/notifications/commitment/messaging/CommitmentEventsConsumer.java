package org.roadmap.notifications.commitment.messaging;

import java.util.function.Consumer;

import org.roadmap.events.commitment.CommitmentRegistered;
import org.roadmap.notifications.commitment.CommitmentProjection;
import org.roadmap.platform.messaging.InboundEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** The {@code commitmentEvents-in-0} binding. */
@Configuration
class CommitmentEventsConsumer {

    @Bean
    Consumer<Message<byte[]>> commitmentEvents(InboundEvents inbound, CommitmentProjection projection) {
        return inbound.consumer("commitment-projection")
                .on(CommitmentRegistered.class, projection::registered);
    }
}
