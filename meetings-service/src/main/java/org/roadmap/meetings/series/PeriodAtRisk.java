package org.roadmap.meetings.series;

import java.time.LocalDate;

/**
 * A cadence period reported at risk, as its history records it.
 *
 * @param periodEnd the last day of the period
 * @param reason    {@code no-date-set} or {@code period-closing}
 */
public record PeriodAtRisk(LocalDate periodStart, LocalDate periodEnd, String reason) {

    /** How the series remembers it reported this: once per period and reason. */
    public String key() {
        return periodStart + ":" + reason;
    }
}
