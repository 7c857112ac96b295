package org.roadmap.events;

import java.util.Map;
import java.util.Optional;

/**
 * One topic per owning service and major version. A breaking change to any event on a topic
 * creates the next major version's topic; additive changes stay on the current one.
 */
public final class Topics {

    /** The platform's own: every commitment's events, restricted ones included; integrators cannot read it. */
    public static final String COMMITMENTS = "roadmap.commitments.v1";
    /**
     * Integrators': the same events (same ids) but none about a restricted commitment, except the
     * {@code commitment.updated.v1} that restricts it, the last it gets about it.
     */
    public static final String COMMITMENTS_PUBLIC = "roadmap.commitments.public.v1";
    public static final String MEETINGS = "roadmap.meetings.v1";
    public static final String NOTIFICATIONS = "roadmap.notifications.v1";

    private static final Map<String, String> OWNERS = Map.of(
            COMMITMENTS, Sources.COMMITMENTS_SERVICE,
            COMMITMENTS_PUBLIC, Sources.COMMITMENTS_SERVICE,
            MEETINGS, Sources.MEETINGS_SERVICE,
            NOTIFICATIONS, Sources.NOTIFICATIONS_SERVICE);

    private Topics() {
    }

    /** Where a consumer group parks the records of {@code topic} it could not process. */
    public static String deadLetter(String topic, String consumerGroup) {
        return topic + "." + consumerGroup + ".dlt";
    }

    /** The public copy of an internal topic that integrators read, if it has one (meetings' topic is public itself). */
    public static Optional<String> publicCopy(String topic) {
        return COMMITMENTS.equals(topic) ? Optional.of(COMMITMENTS_PUBLIC) : Optional.empty();
    }

    /**
     * The CloudEvents {@code source} of the only service that writes {@code topic}; empty for a
     * topic that is not the platform's. A record on the topic from any other source is forged.
     */
    public static Optional<String> owner(String topic) {
        return Optional.ofNullable(OWNERS.get(topic));
    }
}
