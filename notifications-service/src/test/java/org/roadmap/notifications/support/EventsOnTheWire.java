package org.roadmap.notifications.support;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.roadmap.events.EventEnvelope;
import org.roadmap.events.EventType;
import org.roadmap.events.commitment.CommitmentDeadlineChanged;
import org.roadmap.events.commitment.CommitmentRegistered;
import org.roadmap.events.commitment.ResponsibleEntity;
import org.roadmap.events.meeting.CadencePeriodAtRisk;
import org.roadmap.events.meeting.MeetingCancelled;
import org.roadmap.events.meeting.MeetingRescheduled;
import org.roadmap.events.meeting.MeetingScheduled;
import org.roadmap.events.meeting.MeetingSeriesCreated;
import org.roadmap.events.meeting.Venue;
import org.roadmap.platform.test.EmbeddedInfrastructure;

/** Publishes contract events as commitments-service and meetings-service would, onto the real broker. */
public final class EventsOnTheWire implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
            Map.of("bootstrap.servers", EmbeddedInfrastructure.kafkaBootstrapServers()),
            new StringSerializer(), new ByteArraySerializer());

    public EventEnvelope send(String subject, Object data) {
        EventEnvelope event = EventEnvelope.of(EventType.of(data.getClass()).source(), subject, data, Instant.now());
        send(event);
        return event;
    }

    public void send(EventEnvelope event) {
        try {
            producer.send(event.toProducerRecord(EventType.ofType(event.type()).orElseThrow().topic())).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** III.1 with a due date, its responsible entities on both sides named as given. */
    public static CommitmentRegistered registered(String commitmentId, LocalDate deadline, String japaneseEntity,
            String peruvianEntity) {
        return new CommitmentRegistered(commitmentId, "jp-pe-2024-2033", "III.1", "III", 1,
                "Report on the cooperation framework within one year",
                "Within one year of the signature of this Road Map, the relevant authorities will prepare a report ...",
                List.of(new ResponsibleEntity(japaneseEntity, "JP", "lead"),
                        new ResponsibleEntity(peruvianEntity, "PE", "lead")),
                deadline, false, "roadmap-import", "one-off", null);
    }

    /** V.6, restricted, with a due date, its responsible entities on both sides named as given. */
    public static CommitmentRegistered registeredRestricted(String commitmentId, String title, LocalDate deadline,
            String japaneseEntity, String peruvianEntity) {
        return new CommitmentRegistered(commitmentId, "jp-pe-2024-2033", "V.6", "V", 6, title,
                "Both sides will promote defence equipment and technology cooperation ...",
                List.of(new ResponsibleEntity(japaneseEntity, "JP", "lead"),
                        new ResponsibleEntity(peruvianEntity, "PE", "lead")),
                deadline, true, "roadmap-import", "one-off", null);
    }

    public static CommitmentDeadlineChanged moved(String commitmentId, LocalDate from, LocalDate to) {
        return new CommitmentDeadlineChanged(commitmentId, "jp-pe-2024-2033", "III.1", from, to, "wg-admin");
    }

    /** The biennial Political Dialogue Mechanism (or another series under the given id), as seeded. */
    public static MeetingSeriesCreated seriesCreated(String seriesId, List<String> commitmentIds) {
        return new MeetingSeriesCreated(seriesId, "jp-pe-2024-2033",
                "Japan-Peru Political Dialogue Mechanism (Vice Ministers of Foreign Affairs)",
                "Ministries of Foreign Affairs of Japan and Peru", "Asia/Tokyo", "PT4H", "FREQ=YEARLY;INTERVAL=2",
                "2025-09-16T10:00", "alternating", List.of(TOKYO, LIMA), "biennial", List.of("I.2"), commitmentIds,
                "seed");
    }

    public static MeetingScheduled scheduled(String seriesId, String occurrenceId, Instant start, Venue venue) {
        return new MeetingScheduled(seriesId, occurrenceId,
                "Japan-Peru Political Dialogue Mechanism (Vice Ministers of Foreign Affairs)", start,
                start.plusSeconds(4 * 3600), venue, List.of(), MeetingScheduled.CONFIRMED);
    }

    /** A meeting the series' recurrence plans, announced ahead; nobody has confirmed it yet. */
    public static MeetingScheduled planned(String seriesId, String occurrenceId, Instant start, Venue venue) {
        return new MeetingScheduled(seriesId, occurrenceId,
                "Japan-Peru Political Dialogue Mechanism (Vice Ministers of Foreign Affairs)", start,
                start.plusSeconds(4 * 3600), venue, List.of(), MeetingScheduled.PLANNED);
    }

    public static MeetingRescheduled rescheduled(String seriesId, String occurrenceId, Instant from, Instant to,
            Venue venue) {
        return new MeetingRescheduled(seriesId, occurrenceId, from, to, to.plusSeconds(4 * 3600), venue);
    }

    public static MeetingCancelled cancelled(String seriesId, String occurrenceId, Instant start) {
        return new MeetingCancelled(seriesId, occurrenceId, start, "Postponed by mutual agreement");
    }

    public static CadencePeriodAtRisk noDateSet(String seriesId, LocalDate periodStart, LocalDate periodEnd) {
        return new CadencePeriodAtRisk(seriesId, "jp-pe-2024-2033", "Road Map monitoring working group", "annual",
                periodStart, periodEnd, "no-date-set", List.of());
    }

    public static final Venue TOKYO = new Venue("Tokyo", "JP", "Asia/Tokyo");
    public static final Venue LIMA = new Venue("Lima", "PE", "America/Lima");

    @Override
    public void close() {
        producer.close();
    }
}
