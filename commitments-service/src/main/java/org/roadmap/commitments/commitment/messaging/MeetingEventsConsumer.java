package org.roadmap.commitments.commitment.messaging;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.roadmap.commitments.commitment.CommitmentManagement;
import org.roadmap.events.EventEnvelope;
import org.roadmap.events.meeting.MeetingHeld;
import org.roadmap.platform.messaging.InboundEvents;
import org.roadmap.platform.messaging.KeptFields;
import org.roadmap.platform.messaging.RecordText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * The {@code meetingEvents-in-0} binding: a meeting held with commitments on its agenda adds a
 * "discussed at …" entry to each commitment's progress timeline, an entry of both sides wherever
 * the meeting was held.
 */
@Configuration
class MeetingEventsConsumer {

    private static final Logger log = LoggerFactory.getLogger(MeetingEventsConsumer.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    @Bean
    Consumer<Message<List<byte[]>>> meetingEvents(InboundEvents inbound, CommitmentManagement commitments) {
        return inbound.consumer("meeting-progress").on(MeetingHeld.class, (event, held) -> recordHeld(event, held, commitments));
    }

    private static void recordHeld(EventEnvelope event, MeetingHeld held, CommitmentManagement commitments) {
        // held to what meetings-service takes, as every consumer of its events is; the title becomes the entry's
        // organisation, which a person's report may give in as many characters (ReportDraft.LONGEST_ORGANISATION)
        KeptFields.meeting(held.title(), held.venue());
        // a progress entry for each commitment on the agenda, its outcomes in each one's summary, by its recorder
        KeptFields.held(held.agendaCommitmentIds(), held.outcomes(), held.recordedBy());
        String summary = summary(held);
        for (String commitmentId : held.agendaCommitmentIds()) {
            if (!commitments.recordMeeting(commitmentId, held.occurrenceId(), held.venue().country(), held.title(),
                    summary, held.recordedBy())) {
                log.warn("Meeting {} (event {}) lists unknown commitment {} on its agenda; skipped",
                        RecordText.printable(held.occurrenceId()), RecordText.printable(event.id()),
                        RecordText.printable(commitmentId));
            }
        }
    }

    /** "Discussed at Japan-Peru Political Dialogue Mechanism, Tokyo, 16 September 2025: outcome; outcome". */
    static String summary(MeetingHeld held) {
        String day = held.start().atZone(zone(held.venue().timeZone())).format(DAY);
        String text = "Discussed at " + held.title() + ", " + held.venue().city() + ", " + day;
        return held.outcomes().isEmpty() ? text : text + ": " + String.join("; ", held.outcomes());
    }

    /** The venue's zone; the contract allows any text there, and a day in UTC beats refusing the meeting. */
    private static ZoneId zone(String timeZone) {
        try {
            return ZoneId.of(timeZone);
        } catch (DateTimeException unknown) {
            return ZoneOffset.UTC;
        }
    }
}
