package org.roadmap.notifications.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A period in which a series should meet and has no meeting date set, as reported by
 * meetings-service ({@code cadence-period-at-risk}, reason {@code no-date-set}).
 *
 * @param id        {@code <series id>:<period start>}
 * @param seriesId  indexed: each meeting event of the series reads its open periods
 * @param periodEnd the last day of the period
 * @param open      false once a meeting of the series is scheduled within the period
 */
@Document("known_cadence_periods")
public record KnownCadencePeriod(
        @Id String id,
        @Indexed String seriesId,
        String roadMapId,
        String title,
        LocalDate periodStart,
        LocalDate periodEnd,
        List<String> commitmentIds,
        boolean open,
        String lastEventId,
        Instant updatedAt) {

    public KnownCadencePeriod {
        commitmentIds = commitmentIds == null ? List.of() : List.copyOf(commitmentIds);
    }

    static String idOf(String seriesId, LocalDate periodStart) {
        return seriesId + ":" + periodStart;
    }

    boolean contains(LocalDate day) {
        return !day.isBefore(periodStart) && !day.isAfter(periodEnd);
    }
}
