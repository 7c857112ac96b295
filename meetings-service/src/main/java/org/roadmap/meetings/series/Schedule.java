package org.roadmap.meetings.series;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Expands a series into its occurrences: every stretch of its recurrence, each instance placed at
 * its venue (by the venue rule unless overridden), then the stored occurrences laid over them.
 */
final class Schedule {

    private Schedule() {
    }

    /** Occurrences starting in {@code [from, to)}, in start order, cancelled ones included. */
    static List<Occurrence> between(MeetingSeries series, Instant from, Instant to) {
        return walk(series, to).meetings().stream()
                .filter(o -> !o.start().isBefore(from) && o.start().isBefore(to)).toList();
    }

    /**
     * Every meeting of the series starting before {@code to}, in start order, those of its rule at their venue's
     * turn ({@link Alternation}), with the meetings out of turn.
     */
    static Alternation.Walk walk(MeetingSeries series, Instant to) {
        return walk(series, to, expand(series, to));
    }

    /**
     * The instances of each stretch whose wall-clock start is before {@code to}, each with its meeting: the one
     * stored, else the one the series places there (at its venue's turn). Each stretch is expanded once.
     */
    static Map<Recurrence, List<Recurrence.Meeting>> instancesBefore(MeetingSeries series, LocalDateTime to) {
        // a day later than to in every zone: the walk places every meeting of an instance before to
        Instant reach = to.plusDays(1).toInstant(ZoneOffset.UTC);
        Map<Recurrence, List<Recurrence.Instance>> expanded = expand(series, reach);
        Map<String, Occurrence> stored = stored(series);
        Map<String, Occurrence> placed = new HashMap<>();
        walk(series, reach, expanded).meetings().forEach(o -> placed.put(o.id(), o));
        Map<Recurrence, List<Recurrence.Meeting>> byStretch = new LinkedHashMap<>();
        expanded.forEach((recurrence, instances) -> {
            List<Recurrence.Meeting> meetings = new ArrayList<>();
            for (Recurrence.Instance instance : instances) {
                if (instance.nominal().isBefore(to)) {
                    String id = MeetingSeries.occurrenceId(series.id(), instance.ordinal());
                    Occurrence own = stored.get(id);
                    Occurrence meeting = own != null ? own
                            : placed.containsKey(id) ? placed.get(id) : planned(series, recurrence, instance);
                    meetings.add(new Recurrence.Meeting(instance, meeting, own != null));
                }
            }
            byStretch.put(recurrence, meetings);
        });
        return byStretch;
    }

    /**
     * Each stretch's instances that may start before {@code to} at any venue, oldest stretch first. Stretches of one
     * rule and first start share one expansion of it, to the furthest any of them reaches: each stretch a series
     * keeps had cost a read a whole expansion from the rule's first start.
     */
    private static Map<Recurrence, List<Recurrence.Instance>> expand(MeetingSeries series, Instant to) {
        Map<Recurrence, LocalDateTime> horizons = new LinkedHashMap<>();
        Map<RuleFrom, LocalDateTime> furthest = new HashMap<>();
        // Wall-clock bounds one day wider than the instants: venues are at most 14 hours apart here.
        for (Recurrence recurrence : series.recurrences()) {
            LocalDateTime horizon = earlier(LocalDateTime.ofInstant(to, recurrence.zone()).plusDays(2), series.endsBefore());
            horizons.put(recurrence, horizon);
            furthest.merge(RuleFrom.of(recurrence), recurrence.end(horizon), (a, b) -> a.isAfter(b) ? a : b);
        }
        Map<RuleFrom, List<LocalDateTime>> dates = new HashMap<>();
        Map<Recurrence, List<Recurrence.Instance>> expanded = new LinkedHashMap<>();
        horizons.forEach((recurrence, horizon) -> {
            List<LocalDateTime> ruleDates = dates.computeIfAbsent(RuleFrom.of(recurrence), key -> RecurrenceRules
                    .instances(key.rule(), key.firstStart(), key.firstStart(), furthest.get(key)));
            expanded.put(recurrence, recurrence.instancesBefore(horizon, ruleDates));
        });
        return expanded;
    }

    /** A rule and the first start it is seeded at: what one expansion of it depends on. */
    private record RuleFrom(String rule, LocalDateTime firstStart) {

        static RuleFrom of(Recurrence recurrence) {
            return new RuleFrom(recurrence.rule(), recurrence.firstStart());
        }
    }

    private static Alternation.Walk walk(MeetingSeries series, Instant to,
            Map<Recurrence, List<Recurrence.Instance>> expanded) {
        Map<String, Occurrence> stored = stored(series);
        List<Occurrence> result = new ArrayList<>();
        expanded.forEach((recurrence, instances) -> {
            for (Recurrence.Instance instance : instances) {
                if (!stored.containsKey(MeetingSeries.occurrenceId(series.id(), instance.ordinal()))) {
                    result.add(planned(series, recurrence, instance));
                }
            }
        });
        result.addAll(stored.values());
        Alternation.Walk walk = Alternation.walk(series, result, o -> !stored.containsKey(o.id()));
        return new Alternation.Walk(walk.meetings().stream().filter(o -> o.start().isBefore(to)).toList(),
                walk.outOfTurn());
    }

    private static Map<String, Occurrence> stored(MeetingSeries series) {
        Map<String, Occurrence> stored = new HashMap<>();
        series.occurrences().forEach(o -> stored.put(o.id(), o));
        return stored;
    }

    static Optional<Occurrence> find(MeetingSeries series, String id) {
        Optional<Occurrence> stored = series.occurrences().stream().filter(o -> o.id().equals(id)).findFirst();
        if (stored.isPresent()) {
            return stored;
        }
        Integer ordinal = MeetingSeries.ordinalOf(series.id(), id);
        if (ordinal == null) {
            return Optional.empty();
        }
        // its venue is its turn, which the meetings before it decide
        return instance(series, ordinal).flatMap(found -> {
            Instant roughly = planned(series, found.recurrence(), found.instance()).start();
            return walk(series, roughly.plus(java.time.Duration.ofDays(2))).meetings().stream()
                    .filter(o -> o.id().equals(id)).findFirst();
        });
    }

    /** The stretch and instance of the series' recurrence with this position, if the recurrence has one. */
    static Optional<Located> instance(MeetingSeries series, int ordinal) {
        for (Recurrence recurrence : series.recurrences()) {
            if (ordinal < recurrence.ordinalOffset()) {
                continue;
            }
            LocalDateTime end = earlier(recurrence.until() != null ? recurrence.until() : LocalDateTime.MAX.withYear(9999),
                    series.endsBefore());
            List<LocalDateTime> dates = RecurrenceRules.parse(recurrence.rule()).getDates(recurrence.firstStart(),
                    recurrence.from() != null ? recurrence.from() : recurrence.firstStart(), end,
                    ordinal - recurrence.ordinalOffset() + 1);
            List<LocalDateTime> inRange = dates.stream()
                    .filter(d -> (recurrence.from() == null || !d.isBefore(recurrence.from())) && d.isBefore(end))
                    .toList();
            int index = ordinal - recurrence.ordinalOffset();
            if (index < inRange.size()) {
                return Optional.of(new Located(recurrence, new Recurrence.Instance(ordinal, inRange.get(index))));
            }
        }
        return Optional.empty();
    }

    /** The earlier of a bound and an optional one (absent: no bound). */
    static LocalDateTime earlier(LocalDateTime bound, LocalDateTime optional) {
        return optional != null && optional.isBefore(bound) ? optional : bound;
    }

    record Located(Recurrence recurrence, Recurrence.Instance instance) {
    }

    static Occurrence planned(MeetingSeries series, Recurrence recurrence, Recurrence.Instance instance) {
        Venue venue = recurrence.venueRule() == null ? null : recurrence.venueRule().venueFor(instance.ordinal()).orElse(null);
        ZoneId zone = venue != null ? venue.zone() : recurrence.zone();
        Instant start = instance.nominal().atZone(zone).toInstant();
        boolean byTurn = recurrence.venueRule() != null && VenueRule.ALTERNATING.equals(recurrence.venueRule().kind());
        return new Occurrence(MeetingSeries.occurrenceId(series.id(), instance.ordinal()), recurrence.number(),
                instance.ordinal(), instance.nominal(), start, start.plus(recurrence.duration()), venue,
                OccurrenceStatus.PLANNED, recurrence.sequence(), null, List.of(), null, null, byTurn);
    }

    /** How many rule instances the series had before the wall-clock time {@code cut} (in the series' zone). */
    static int ordinalsBefore(MeetingSeries series, LocalDateTime cut) {
        int count = 0;
        for (Recurrence recurrence : series.recurrences()) {
            List<Recurrence.Instance> before = recurrence.instancesBefore(cut);
            if (!before.isEmpty()) {
                count = Math.max(count, before.get(before.size() - 1).ordinal() + 1);
            } else {
                count = Math.max(count, recurrence.startsAtOrAfter(cut) ? 0 : recurrence.ordinalOffset());
            }
        }
        return count;
    }
}
