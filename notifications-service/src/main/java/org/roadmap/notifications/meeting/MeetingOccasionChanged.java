package org.roadmap.notifications.meeting;

/**
 * A meeting or cadence period changed; the alert schedule replans it at the end of the consumed batch.
 * Published in the consumer's thread, so a failing replan makes the batch be retried and, in the end, its
 * first record dead-lettered.
 *
 * @param meetingId       the occurrence, or null
 * @param cadencePeriodId the cadence period, or null
 */
public record MeetingOccasionChanged(String meetingId, String cadencePeriodId) {

    static MeetingOccasionChanged meeting(String id) {
        return new MeetingOccasionChanged(id, null);
    }

    static MeetingOccasionChanged cadencePeriod(String id) {
        return new MeetingOccasionChanged(null, id);
    }
}
