package org.roadmap.meetings.series;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * One stretch of a series' recurrence. A series changed from some point on keeps its earlier
 * stretch, cut at that point ({@link #until}), and continues with a new one, so the past is never
 * rewritten. In a calendar feed each stretch is one recurring event with its own UID.
 *
 * @param number        1 for the first stretch, then 2, 3 …
 * @param rule          RFC 5545 RRULE without DTSTART, e.g. {@code FREQ=YEARLY;INTERVAL=2}
 * @param firstStart    DTSTART: wall-clock time of the first instance, in {@link #timeZone}
 * @param from          instances before this wall-clock time belong to an earlier stretch (absent: none)
 * @param until         instances from this wall-clock time on belong to a later stretch (absent: none)
 * @param ordinalOffset position in the series of this stretch's first instance (0-based)
 * @param sequence      iCalendar SEQUENCE of the stretch's recurring event
 */
public record Recurrence(int number, String rule, LocalDateTime firstStart, String timeZone, Integer durationMinutes,
        VenueRule venueRule, LocalDateTime from, LocalDateTime until, int ordinalOffset, int sequence) {

    /** One instance of the rule: its place in the series and its wall-clock start (the RECURRENCE-ID). */
    public record Instance(int ordinal, LocalDateTime nominal) {
    }

    /** An instance with its meeting: the occurrence {@code stored} for it, or the one the series places there. */
    public record Meeting(Instance instance, Occurrence occurrence, boolean stored) {
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public Duration duration() {
        return Duration.ofMinutes(durationMinutes == null ? 0 : durationMinutes);
    }

    /** Instances whose wall-clock start is before {@code to}, numbered across the series. */
    public List<Instance> instancesBefore(LocalDateTime to) {
        return instancesBefore(to, RecurrenceRules.instances(rule, firstStart, firstStart, end(to)));
    }

    /**
     * As {@link #instancesBefore(LocalDateTime)}, taken from {@code ruleDates}: the dates of its rule from its first
     * start, in order, to {@link #end(LocalDateTime)} at least. Stretches of one rule and first start (a change of
     * length, zone or venues keeps both) can so share one expansion.
     */
    List<Instance> instancesBefore(LocalDateTime to, List<LocalDateTime> ruleDates) {
        LocalDateTime end = end(to);
        List<Instance> instances = new ArrayList<>();
        for (LocalDateTime date : ruleDates) {
            if (date.isBefore(end) && (from == null || !date.isBefore(from))) {
                instances.add(new Instance(ordinalOffset + instances.size(), date));
            }
        }
        return instances;
    }

    /** Where its instances before {@code to} end: at {@code to}, or earlier where a later stretch takes over. */
    LocalDateTime end(LocalDateTime to) {
        return until != null && until.isBefore(to) ? until : to;
    }

    Recurrence cutAt(LocalDateTime cut) {
        return new Recurrence(number, rule, firstStart, timeZone, durationMinutes, venueRule, from,
                until != null && until.isBefore(cut) ? until : cut, ordinalOffset, sequence + 1);
    }

    boolean startsAtOrAfter(LocalDateTime cut) {
        LocalDateTime begin = from != null && from.isAfter(firstStart) ? from : firstStart;
        return !begin.isBefore(cut);
    }
}
