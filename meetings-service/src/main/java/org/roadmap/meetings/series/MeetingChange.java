package org.roadmap.meetings.series;

import java.time.Instant;

/**
 * What a change to one meeting records: where and when it is (after), and for a move where and when
 * it was ({@link Place}, before).
 *
 * @param venue  the venue's city, absent while it is to be agreed
 * @param reason why it was cancelled or withdrawn
 */
public record MeetingChange(String occurrenceId, Instant start, String status, String venue, String reason) {

    /** Where and when a meeting was before it moved. */
    public record Place(Instant start, String venue) {

        static Place of(Occurrence o) {
            return new Place(o.start(), o.venue() == null ? null : o.venue().city());
        }
    }

    static MeetingChange of(Occurrence o) {
        return new MeetingChange(o.id(), o.start(), o.status().code(), o.venue() == null ? null : o.venue().city(),
                o.cancelReason());
    }
}
