package org.roadmap.notifications.commitment.messaging;

import java.util.List;
import java.util.function.Consumer;

import org.roadmap.events.commitment.CommitmentDeadlineChanged;
import org.roadmap.events.commitment.CommitmentRegistered;
import org.roadmap.events.commitment.CommitmentUpdated;
import org.roadmap.events.commitment.ImplementationLevelChanged;
import org.roadmap.events.commitment.MilestoneAdded;
import org.roadmap.events.commitment.MilestoneChanged;
import org.roadmap.notifications.commitment.CommitmentProjection;
import org.roadmap.platform.messaging.InboundEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** The {@code commitmentEvents-in-0} binding: commitment events into the projection (which replans alerts). */
@Configuration
class CommitmentEventsConsumer {

    @Bean
    Consumer<Message<List<byte[]>>> commitmentEvents(InboundEvents inbound, CommitmentProjection projection) {
        return inbound.consumer("commitment-projection")
                .on(CommitmentRegistered.class, projection::registered)
                .on(CommitmentUpdated.class, projection::updated)
                .on(CommitmentDeadlineChanged.class, projection::deadlineChanged)
                .on(ImplementationLevelChanged.class, projection::levelChanged)
                .on(MilestoneAdded.class, projection::milestoneAdded)
                .on(MilestoneChanged.class, projection::milestoneChanged);
    }
}
