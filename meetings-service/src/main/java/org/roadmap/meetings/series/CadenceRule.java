package org.roadmap.meetings.series;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How often the road map wants the series to meet: {@code annual} (one meeting per year),
 * {@code biennial} (one per two-year period), or {@code periodic} (no stated period, so nothing to
 * check). Periods start on {@link #firstPeriod} and the last one is cut at {@link #lastDay}.
 */
public record CadenceRule(String kind, LocalDate firstPeriod, LocalDate lastDay) {

    public static final String ANNUAL = "annual";
    public static final String BIENNIAL = "biennial";
    public static final String PERIODIC = "periodic";

    /** One period: {@code start} inclusive, {@code end} exclusive. */
    public record Period(LocalDate start, LocalDate end) {

        public boolean contains(LocalDate day) {
            return !day.isBefore(start) && day.isBefore(end);
        }

        /** e.g. {@code 2025} or {@code 2027-2028}. */
        public String label() {
            int last = end.minusDays(1).getYear();
            return last == start.getYear() ? String.valueOf(last) : start.getYear() + "-" + last;
        }
    }

    public int periodYears() {
        return switch (kind) {
            case ANNUAL -> 1;
            case BIENNIAL -> 2;
            default -> 0;
        };
    }

    public List<Period> periods() {
        List<Period> periods = new ArrayList<>();
        if (periodYears() == 0 || firstPeriod == null || lastDay == null) {
            return periods;
        }
        for (LocalDate start = firstPeriod; !start.isAfter(lastDay) && periods.size() < 200;
                start = start.plusYears(periodYears())) {
            LocalDate end = start.plusYears(periodYears());
            periods.add(new Period(start, end.isAfter(lastDay.plusDays(1)) ? lastDay.plusDays(1) : end));
        }
        return periods;
    }
}
