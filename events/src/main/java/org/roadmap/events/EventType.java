package org.roadmap.events;

import java.util.Arrays;
import java.util.Optional;

import org.roadmap.events.commitment.CommitmentDeadlineChanged;
import org.roadmap.events.commitment.CommitmentHealthChanged;
import org.roadmap.events.commitment.CommitmentRegistered;
import org.roadmap.events.commitment.CommitmentUpdated;
import org.roadmap.events.commitment.ImplementationLevelChanged;
import org.roadmap.events.commitment.MeetingSeriesOffered;
import org.roadmap.events.commitment.MilestoneAdded;
import org.roadmap.events.commitment.MilestoneChanged;
import org.roadmap.events.commitment.ProgressReported;
import org.roadmap.events.meeting.CadencePeriodAtRisk;
import org.roadmap.events.meeting.MeetingCancelled;
import org.roadmap.events.meeting.MeetingHeld;
import org.roadmap.events.meeting.MeetingRescheduled;
import org.roadmap.events.meeting.MeetingScheduled;
import org.roadmap.events.meeting.MeetingSeriesChanged;
import org.roadmap.events.meeting.MeetingSeriesCreated;
import org.roadmap.events.notification.NotificationFailed;
import org.roadmap.events.notification.NotificationSent;

/**
 * Every event the platform publishes. On the wire an event is identified by {@link #type()}
 * (the CloudEvents {@code type}, reverse-DNS and versioned), never by a Java class name, so
 * the records can move without breaking a consumer.
 */
public enum EventType {

    COMMITMENT_REGISTERED("org.roadmap.commitment.registered.v1", Topics.COMMITMENTS, CommitmentRegistered.class),
    COMMITMENT_DEADLINE_CHANGED("org.roadmap.commitment.deadline-changed.v1", Topics.COMMITMENTS, CommitmentDeadlineChanged.class),
    COMMITMENT_UPDATED("org.roadmap.commitment.updated.v1", Topics.COMMITMENTS, CommitmentUpdated.class),
    PROGRESS_REPORTED("org.roadmap.commitment.progress-reported.v1", Topics.COMMITMENTS, ProgressReported.class),
    LEVEL_CHANGED("org.roadmap.commitment.level-changed.v1", Topics.COMMITMENTS, ImplementationLevelChanged.class),
    HEALTH_CHANGED("org.roadmap.commitment.health-changed.v1", Topics.COMMITMENTS, CommitmentHealthChanged.class),
    MILESTONE_ADDED("org.roadmap.commitment.milestone-added.v1", Topics.COMMITMENTS, MilestoneAdded.class),
    MILESTONE_CHANGED("org.roadmap.commitment.milestone-changed.v1", Topics.COMMITMENTS, MilestoneChanged.class),
    MEETING_SERIES_OFFERED("org.roadmap.commitment.meeting-series-offered.v1", Topics.COMMITMENTS, MeetingSeriesOffered.class),
    MEETING_SCHEDULED("org.roadmap.meeting.scheduled.v1", Topics.MEETINGS, MeetingScheduled.class),
    MEETING_RESCHEDULED("org.roadmap.meeting.rescheduled.v1", Topics.MEETINGS, MeetingRescheduled.class),
    MEETING_CANCELLED("org.roadmap.meeting.cancelled.v1", Topics.MEETINGS, MeetingCancelled.class),
    MEETING_HELD("org.roadmap.meeting.held.v1", Topics.MEETINGS, MeetingHeld.class),
    MEETING_SERIES_CREATED("org.roadmap.meeting.series-created.v1", Topics.MEETINGS, MeetingSeriesCreated.class),
    MEETING_SERIES_CHANGED("org.roadmap.meeting.series-changed.v1", Topics.MEETINGS, MeetingSeriesChanged.class),
    CADENCE_PERIOD_AT_RISK("org.roadmap.meeting.cadence-period-at-risk.v1", Topics.MEETINGS, CadencePeriodAtRisk.class),
    NOTIFICATION_SENT("org.roadmap.notification.sent.v1", Topics.NOTIFICATIONS, NotificationSent.class),
    NOTIFICATION_FAILED("org.roadmap.notification.failed.v1", Topics.NOTIFICATIONS, NotificationFailed.class);

    private static final String PREFIX = "org.roadmap.";

    private final String type;
    private final String topic;
    private final Class<?> dataType;

    EventType(String type, String topic, Class<?> dataType) {
        this.type = type;
        this.topic = topic;
        this.dataType = dataType;
    }

    public String type() {
        return type;
    }

    public String topic() {
        return topic;
    }

    public Class<?> dataType() {
        return dataType;
    }

    /** The CloudEvents {@code source} of the service that publishes this type: its topic's owner. */
    public String source() {
        return Topics.owner(topic).orElseThrow();
    }

    /** Short name used for the schema and sample files, e.g. {@code commitment.registered.v1}. */
    public String shortName() {
        return type.substring(PREFIX.length());
    }

    /** Classpath location of the JSON Schema of this event's data. */
    public String schemaResource() {
        return "/org/roadmap/events/schemas/" + shortName() + ".json";
    }

    /** Classpath location of the golden sample of this event's data. */
    public String sampleResource() {
        return "/org/roadmap/events/samples/" + shortName() + ".json";
    }

    /** The CloudEvents {@code dataschema} attribute: a path relative to the platform's docs. */
    public String dataSchema() {
        return "/schemas/" + shortName() + ".json";
    }

    public static Optional<EventType> ofType(String type) {
        return Arrays.stream(values()).filter(t -> t.type.equals(type)).findFirst();
    }

    public static EventType of(Class<?> dataType) {
        return Arrays.stream(values()).filter(t -> t.dataType.equals(dataType)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not an event of the contract: " + dataType.getName()));
    }
}
