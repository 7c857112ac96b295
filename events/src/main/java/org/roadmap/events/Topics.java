package org.roadmap.events;

/**
 * One topic per owning service and major version. A breaking change to any event on a topic
 * creates the next major version's topic; additive changes stay on the current one.
 */
public final class Topics {

    public static final String COMMITMENTS = "roadmap.commitments.v1";
    public static final String MEETINGS = "roadmap.meetings.v1";
    public static final String NOTIFICATIONS = "roadmap.notifications.v1";

    private Topics() {
    }

    /** Where a consumer group parks the records of {@code topic} it could not process. */
    public static String deadLetter(String topic, String consumerGroup) {
        return topic + "." + consumerGroup + ".dlt";
    }
}
