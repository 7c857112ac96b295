package org.roadmap.meetings.series;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.transform.recurrence.Frequency;

/**
 * RFC 5545 recurrence rules, parsed and expanded by ical4j. Rules expand in wall-clock time
 * (floating date-times): each instance is then placed at its venue's zone, so "10:00" means 10:00
 * in Tokyo when the meeting is in Tokyo and 10:00 in Lima when it is in Lima.
 */
public final class RecurrenceRules {

    /** More instances than a ten-year road map of daily meetings has: a bound on any one expansion. */
    public static final int MAX_INSTANCES = 5_000;

    private static final Map<String, Recur<LocalDateTime>> PARSED = new ConcurrentHashMap<>();

    private RecurrenceRules() {
    }

    /**
     * @throws ScheduleRejectedException naming {@code recurrence.rule} when the text is no RFC 5545 RRULE
     *                                   or recurs more often than daily
     */
    public static Recur<LocalDateTime> parse(String rule) {
        if (rule == null || rule.isBlank()) {
            throw new ScheduleRejectedException("recurrence.rule", "must be an RFC 5545 RRULE such as FREQ=YEARLY;INTERVAL=2");
        }
        String text = normalised(rule);
        Recur<LocalDateTime> cached = PARSED.get(text);
        if (cached != null) {
            return cached;
        }
        Recur<LocalDateTime> recur;
        try {
            recur = new Recur<>(text);
        } catch (RuntimeException e) {
            throw new ScheduleRejectedException("recurrence.rule", "is not a valid RFC 5545 RRULE: " + e.getMessage());
        }
        if (recur.getFrequency() == Frequency.SECONDLY || recur.getFrequency() == Frequency.MINUTELY
                || recur.getFrequency() == Frequency.HOURLY) {
            throw new ScheduleRejectedException("recurrence.rule", "meetings recur at most daily; FREQ="
                    + recur.getFrequency() + " is not allowed");
        }
        if (recur.getInterval() > 100) {
            throw new ScheduleRejectedException("recurrence.rule", "INTERVAL must be at most 100");
        }
        if (PARSED.size() < 10_000) {
            PARSED.put(text, recur);
        }
        return recur;
    }

    /** The rule as stored and published: upper case, without an {@code RRULE:} prefix. */
    public static String normalised(String rule) {
        String text = rule.strip().toUpperCase(java.util.Locale.ROOT);
        return text.startsWith("RRULE:") ? text.substring("RRULE:".length()) : text;
    }

    /** Instances of {@code rule} seeded at {@code firstStart}, from {@code from} (inclusive) to {@code to} (exclusive). */
    public static List<LocalDateTime> instances(String rule, LocalDateTime firstStart, LocalDateTime from,
            LocalDateTime to) {
        if (!to.isAfter(from)) {
            return List.of();
        }
        return parse(rule).getDates(firstStart, from, to, MAX_INSTANCES).stream()
                .filter(d -> !d.isBefore(from) && d.isBefore(to)).toList();
    }

    /** Whether {@code firstStart} is itself an instance of {@code rule}, as RFC 5545 wants of DTSTART. */
    public static boolean startsOnRule(String rule, LocalDateTime firstStart) {
        return instances(rule, firstStart, firstStart, firstStart.plusSeconds(1)).contains(firstStart);
    }

    /** The rule with its COUNT reduced by {@code used} instances, for a series split in two. */
    public static String withRemainingCount(String rule, int used) {
        java.util.regex.Matcher count = java.util.regex.Pattern.compile("COUNT=(\\d+)").matcher(rule);
        if (!count.find()) {
            return rule;
        }
        int remaining = Math.max(1, Integer.parseInt(count.group(1)) - used);
        return count.replaceFirst("COUNT=" + remaining);
    }
}
