package org.roadmap.events.meeting;

import java.time.LocalDate;
import java.util.List;

import org.roadmap.events.Identifier;

/**
 * A period in which the road map wants a series to meet (e.g. 2027–2028 for a biennial one) has
 * no meeting held, and either no date is set yet or the period is closing. Published once per
 * period and reason.
 *
 * @param periodEnd the last day of the period
 * @param reason    {@code no-date-set} or {@code period-closing}
 */
public record CadencePeriodAtRisk(
        @Identifier String seriesId,
        @Identifier String roadMapId,
        String title,
        String cadence,
        LocalDate periodStart,
        LocalDate periodEnd,
        String reason,
        @Identifier List<String> commitmentIds) {
}
