package org.roadmap.notifications.meeting;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One occurrence of a meeting series as last reported by meetings-service.
 *
 * @param id          the occurrence id
 * @param venueZone   IANA zone of the venue; absent, like its city and end, where the event that made it known
 *                    did not say
 * @param status      {@code scheduled}, {@code cancelled} or {@code held}; only scheduled meetings are reminded of
 * @param planned     scheduled by the series' recurrence and not confirmed yet (absent: confirmed)
 * @param lastEventId the event that last changed this projection
 */
@Document("known_meetings")
public record KnownMeeting(
        @Id String id,
        String seriesId,
        @Nullable String title,
        Instant start,
        @Nullable Instant end,
        @Nullable String venueCity,
        @Nullable String venueZone,
        List<String> commitmentIds,
        String status,
        @Nullable Boolean planned,
        String lastEventId,
        Instant updatedAt) {

    public static final String SCHEDULED = "scheduled";
    public static final String CANCELLED = "cancelled";
    public static final String HELD = "held";

    public KnownMeeting {
        commitmentIds = commitmentIds == null ? List.of() : List.copyOf(commitmentIds);
    }

    /** A meeting its series' recurrence plans that nobody has confirmed yet. */
    public boolean tentative() {
        return Boolean.TRUE.equals(planned);
    }

    public boolean upcoming() {
        return SCHEDULED.equals(status) && start != null;
    }
}
