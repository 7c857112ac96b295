package org.roadmap.meetings.agenda.messaging;

import java.util.function.Consumer;

import org.roadmap.events.commitment.CommitmentRegistered;
import org.roadmap.events.commitment.CommitmentUpdated;
import org.roadmap.meetings.agenda.AgendaCommitments;
import org.roadmap.platform.messaging.InboundEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** The {@code commitmentEvents-in-0} binding. */
@Configuration
class CommitmentEventsConsumer {

    @Bean
    Consumer<Message<byte[]>> commitmentEvents(InboundEvents inbound, AgendaCommitments agendaCommitments) {
        return inbound.consumer("agenda-commitments")
                .on(CommitmentRegistered.class, agendaCommitments::registered)
                .on(CommitmentUpdated.class, agendaCommitments::updated);
    }
}
