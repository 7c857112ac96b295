package org.roadmap.notifications.meeting.messaging;

import java.util.List;
import java.util.function.Consumer;

import org.roadmap.events.meeting.CadencePeriodAtRisk;
import org.roadmap.events.meeting.MeetingCancelled;
import org.roadmap.events.meeting.MeetingHeld;
import org.roadmap.events.meeting.MeetingRescheduled;
import org.roadmap.events.meeting.MeetingScheduled;
import org.roadmap.events.meeting.MeetingSeriesChanged;
import org.roadmap.events.meeting.MeetingSeriesCreated;
import org.roadmap.notifications.meeting.MeetingProjection;
import org.roadmap.platform.messaging.InboundEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** The {@code meetingEvents-in-0} binding: meeting events into the projection (which replans alerts). */
@Configuration
class MeetingEventsConsumer {

    @Bean
    Consumer<Message<List<byte[]>>> meetingEvents(InboundEvents inbound, MeetingProjection projection) {
        return inbound.consumer("meeting-projection")
                .on(MeetingSeriesCreated.class, projection::seriesCreated)
                .on(MeetingSeriesChanged.class, projection::seriesChanged)
                .on(MeetingScheduled.class, projection::scheduled)
                .on(MeetingRescheduled.class, projection::rescheduled)
                .on(MeetingCancelled.class, projection::cancelled)
                .on(MeetingHeld.class, projection::held)
                .on(CadencePeriodAtRisk.class, projection::cadencePeriodAtRisk);
    }
}
