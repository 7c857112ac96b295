package org.roadmap.meetings.cadence;

import jakarta.annotation.Nullable;
import java.time.LocalDate;
import java.util.List;

/**
 * One cadence period of a series and where it stands.
 *
 * @param status   {@code held}, {@code scheduled} (a confirmed date), {@code planned} (a date from the
 *                 rule, not confirmed), {@code no-date-set}, or {@code missed} (ended without a meeting held)
 * @param atRisk   {@code no-date-set} or {@code period-closing} when the period needs attention, else absent
 * @param meetings the meetings (not cancelled) whose date falls in the period
 * @param outOfTurn those of them whose venue breaks the alternation of a series whose venues alternate: the
 *                  meeting before each was hosted by the same party
 * @param end      the last day of the period
 */
public record PeriodStatus(String seriesId, String label, LocalDate start, LocalDate end, String status,
        @Nullable String atRisk, List<String> meetings, List<String> outOfTurn) {
}
