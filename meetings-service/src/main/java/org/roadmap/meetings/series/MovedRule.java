package org.roadmap.meetings.series;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.temporal.WeekFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule a recurrence continues with when one of its meetings moves with all later ones: the
 * date and time parts the move changes are taken from the new start, so that start is the rule's
 * first instance (RFC 5545 wants DTSTART on its rule; ical4j would otherwise expand to the rule's
 * next date, not the one asked for) and the later meetings follow it. {@code FREQ=YEARLY;BYMONTH=10;
 * BYMONTHDAY=15} moved to 20 September becomes {@code FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=20}.
 * <p>
 * A part the move leaves as it was is kept as written. A part naming several values
 * ({@code BYMONTH=3,9}) cannot tell which one the move changes, so such a move is refused, as is
 * any rule that still would not start on the new date (a {@code BYSETPOS}, say).
 */
final class MovedRule {

    private static final Pattern WEEKDAY = Pattern.compile("([+-]?\\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)");

    private MovedRule() {
    }

    /**
     * @param rule     the rule of the stretch, COUNT already reduced to what is left
     * @param previous the wall-clock start the rule gave the moved meeting
     * @param next     the wall-clock start it moves to
     * @throws ScheduleRejectedException naming {@code start} when no rewrite of the rule starts on {@code next}
     */
    static String startingAt(String rule, LocalDateTime previous, LocalDateTime next) {
        List<String> parts = Arrays.asList(rule.split(";"));
        List<String> moved = new ArrayList<>(parts.size());
        for (String part : parts) {
            String name = part.substring(0, Math.max(0, part.indexOf('=')));
            String value = part.substring(part.indexOf('=') + 1);
            Optional<DatePart> datePart = DatePart.of(name, parts);
            if (datePart.isEmpty() || datePart.get().key(previous, value).equals(datePart.get().key(next, value))) {
                moved.add(part);
            } else if (value.contains(",")) {
                throw new ScheduleRejectedException("start", "the series' rule names several values in " + part
                        + ", so moving one meeting with all later ones cannot tell which of them to change: move only"
                        + " this meeting, or change the series' recurrence (PATCH the meeting series)");
            } else {
                moved.add(name + "=" + datePart.get().value(next, value));
            }
        }
        String result = String.join(";", moved);
        if (!RecurrenceRules.startsOnRule(result, next)) {
            throw new ScheduleRejectedException("start", next + " is not a date of the series' rule " + result
                    + (result.contains("BYSETPOS=") ? " (its BYSETPOS picks other dates)" : "")
                    + ", so the later meetings would not follow it: move only this meeting, or change the series'"
                    + " recurrence (PATCH the meeting series)");
        }
        return result;
    }

    /** One date or time part of a rule: what it says of a date, and its value for a date. */
    private record DatePart(String name, boolean inYear, DayOfWeek weekStart) {

        static Optional<DatePart> of(String name, List<String> parts) {
            if (!List.of("BYMONTH", "BYMONTHDAY", "BYYEARDAY", "BYWEEKNO", "BYDAY", "BYHOUR", "BYMINUTE", "BYSECOND")
                    .contains(name)) {
                return Optional.empty();
            }
            // RFC 5545: a BYDAY ordinal counts within the year in a YEARLY rule without BYMONTH, else within the month
            boolean inYear = parts.contains("FREQ=YEARLY") && parts.stream().noneMatch(p -> p.startsWith("BYMONTH="));
            DayOfWeek weekStart = parts.stream().filter(p -> p.startsWith("WKST=")).findFirst()
                    .map(p -> weekday(p.substring("WKST=".length()))).orElse(DayOfWeek.MONDAY);
            return Optional.of(new DatePart(name, inYear, weekStart));
        }

        /**
         * What the part says of {@code date}, in the terms its values use (counted from the start, from the end or
         * both): a move that keeps it leaves the part as it was.
         */
        String key(LocalDateTime date, String value) {
            List<String> values = Arrays.asList(value.split(","));
            boolean fromStart = values.stream().anyMatch(v -> v.matches("\\+?\\d.*"));
            boolean fromEnd = values.stream().anyMatch(v -> v.startsWith("-"));
            String weekday = name.equals("BYDAY") ? code(date.getDayOfWeek()) : "";
            return weekday + (fromStart ? "+" + fromStart(date) : "") + (fromEnd ? fromEnd(date) : "");
        }

        /** The single value of the part for {@code date}, counted from the end where {@code old} was and still fits. */
        String value(LocalDateTime date, String old) {
            if (!name.equals("BYDAY")) {
                return String.valueOf(old.startsWith("-") && Integer.parseInt(old) == fromEnd(date) ? fromEnd(date)
                        : fromStart(date));
            }
            Matcher token = WEEKDAY.matcher(old);
            if (!token.matches() || token.group(1) == null) {
                return code(date.getDayOfWeek());
            }
            int ordinal = Integer.parseInt(token.group(1));
            return (ordinal < 0 && ordinal == fromEnd(date) ? fromEnd(date) : fromStart(date)) + code(date.getDayOfWeek());
        }

        /** The date's value of the part, counted from the start (for BYDAY: the nth such weekday). */
        private int fromStart(LocalDateTime date) {
            return switch (name) {
                case "BYMONTH" -> date.getMonthValue();
                case "BYMONTHDAY" -> date.getDayOfMonth();
                case "BYYEARDAY" -> date.getDayOfYear();
                case "BYWEEKNO" -> date.get(WeekFields.of(weekStart, 4).weekOfWeekBasedYear());
                case "BYDAY" -> (dayInPeriod(date) - 1) / 7 + 1;
                case "BYHOUR" -> date.getHour();
                case "BYMINUTE" -> date.getMinute();
                default -> date.getSecond();
            };
        }

        /**
         * The date's value counted from the end of its month or year, as RFC 5545 counts negative values (-1: the
         * last day, the last such weekday); parts that do not count from the end (a negative BYWEEKNO) have 0,
         * which no value matches.
         */
        private int fromEnd(LocalDateTime date) {
            int left = periodLength(date) - dayInPeriod(date);
            return switch (name) {
                case "BYMONTHDAY", "BYYEARDAY" -> -left - 1;
                case "BYDAY" -> -(left / 7 + 1);
                default -> 0;
            };
        }

        private int dayInPeriod(LocalDateTime date) {
            return countsInYear() ? date.getDayOfYear() : date.getDayOfMonth();
        }

        private int periodLength(LocalDateTime date) {
            return countsInYear() ? date.toLocalDate().lengthOfYear() : date.toLocalDate().lengthOfMonth();
        }

        private boolean countsInYear() {
            return name.equals("BYYEARDAY") || name.equals("BYDAY") && inYear;
        }
    }

    private static String code(DayOfWeek day) {
        return day.name().substring(0, 2);
    }

    private static DayOfWeek weekday(String code) {
        return Arrays.stream(DayOfWeek.values()).filter(d -> code(d).equals(code.toUpperCase(Locale.ROOT))).findFirst()
                .orElse(DayOfWeek.MONDAY);
    }
}
