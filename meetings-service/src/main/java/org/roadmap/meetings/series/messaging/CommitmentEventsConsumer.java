package org.roadmap.meetings.series.messaging;

import java.util.List;
import java.util.function.Consumer;

import org.roadmap.events.commitment.CommitmentRegistered;
import org.roadmap.events.commitment.CommitmentUpdated;
import org.roadmap.events.commitment.MeetingSeriesOffered;
import org.roadmap.meetings.agenda.AgendaCommitments;
import org.roadmap.meetings.series.OfferedSeries;
import org.roadmap.platform.messaging.InboundEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * The {@code commitmentEvents-in-0} binding: the commitments agendas link to (the agenda feature), and the
 * meeting series confirmed imports offer. It lives with the series, which already depend on the agenda
 * commitments; the agenda feature depends on no series.
 */
@Configuration
class CommitmentEventsConsumer {

    @Bean
    Consumer<Message<List<byte[]>>> commitmentEvents(InboundEvents inbound, AgendaCommitments agendaCommitments,
            OfferedSeries offeredSeries) {
        return inbound.consumer("agenda-commitments")
                .on(CommitmentRegistered.class, agendaCommitments::registered)
                .on(CommitmentUpdated.class, agendaCommitments::updated)
                .on(MeetingSeriesOffered.class, offeredSeries::offered);
    }
}
