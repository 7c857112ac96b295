package org.roadmap.meetings.bench;

import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import net.fortuna.ical4j.model.Recur;
import org.roadmap.events.EventJson;
import org.roadmap.meetings.calendar.CalendarFeeds;
import org.roadmap.meetings.config.MeetingsProperties;
import org.roadmap.meetings.holidays.PublicHolidays;
import org.roadmap.meetings.series.CadenceRule;
import org.roadmap.platform.aggregate.Change;
import org.roadmap.platform.aggregate.HistoryTail;
import org.roadmap.meetings.series.LocalTimes;
import org.roadmap.meetings.series.MeetingSeries;
import org.roadmap.meetings.series.Occurrence;
import org.roadmap.meetings.series.OccurrenceStatus;
import org.roadmap.meetings.series.Parties;
import org.roadmap.meetings.series.Recurrence;
import org.roadmap.meetings.series.Venue;
import org.roadmap.meetings.series.VenueRule;

/**
 * Expanding and serving a year of occurrences for N series, and the .ics feed of all of them,
 * against a baseline measured in the same run: raw ical4j expansion of the same rules.
 * <p>
 * Run: {@code cd meetings-service && ../mvnw -o -q test-compile exec:java} is not wired; use
 * {@code java -cp "$(cat target/bench.classpath):target/classes:target/test-classes" org.roadmap.meetings.bench.ExpansionBenchmark 1000}
 * after {@code ../mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath}.
 */
public final class ExpansionBenchmark {

    private static final String[] RULES = {"FREQ=MONTHLY;BYDAY=2TU", "FREQ=WEEKLY;BYDAY=WE", "FREQ=YEARLY",
            "FREQ=YEARLY;INTERVAL=2", "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15"};
    private static final Venue TOKYO = new Venue("Tokyo", "JP", "Asia/Tokyo");
    private static final Venue LIMA = new Venue("Lima", "PE", "America/Lima");
    private static final Instant YEAR_START = Instant.parse("2027-01-01T00:00:00Z");
    private static final Instant YEAR_END = Instant.parse("2028-01-01T00:00:00Z");

    private ExpansionBenchmark() {
    }

    public static void main(String[] args) {
        int series = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        run(series, 1, 3, System.out);
    }

    /** Runs the benchmark and prints the figures; returns them (milliseconds, median of the rounds). */
    public static Map<String, Double> run(int count, int warmups, int rounds, PrintStream out) {
        MeetingsProperties properties = new MeetingsProperties(null, LocalDate.of(2033, 12, 31), null, null, null,
                "bench.roadmap.local", false, null, null);
        Parties parties = Parties.configuredOnly(properties);
        PublicHolidays holidays = new PublicHolidays(properties);
        CalendarFeeds feeds = new CalendarFeeds(properties, parties);
        List<MeetingSeries> all = series(count);
        Instant now = Instant.parse("2026-06-01T00:00:00Z");

        Map<String, Double> figures = new LinkedHashMap<>();
        int[] occurrences = new int[1];
        figures.put("baseline: raw ical4j expansion", time(warmups, rounds, () -> {
            int n = 0;
            for (MeetingSeries s : all) {
                Recurrence r = s.recurrences().get(0);
                LocalDateTime from = LocalDateTime.ofInstant(YEAR_START, r.zone());
                n += new Recur<LocalDateTime>(r.rule()).getDates(r.firstStart(), from,
                        LocalDateTime.ofInstant(YEAR_END, r.zone())).size();
            }
            occurrences[0] = n;
            return n;
        }));
        figures.put("expand (venues, overrides, ids)", time(warmups, rounds,
                () -> all.stream().mapToInt(s -> s.occurrencesBetween(YEAR_START, YEAR_END).size()).sum()));
        figures.put("expand and serve (times in 3 zones, holidays, JSON)", time(warmups, rounds, () -> {
            List<Object> served = new ArrayList<>();
            for (MeetingSeries s : all) {
                for (Occurrence o : s.occurrencesBetween(YEAR_START, YEAR_END)) {
                    Map<String, Object> view = new LinkedHashMap<>();
                    view.put("id", o.id());
                    view.put("start", o.start());
                    view.put("venue", LocalTimes.of(o.start(), o.end(), o.venue().zone(), o.venue().zone()));
                    view.put("tokyo", LocalTimes.of(o.start(), o.end(), ZoneId.of("Asia/Tokyo"), o.venue().zone()));
                    view.put("lima", LocalTimes.of(o.start(), o.end(), ZoneId.of("America/Lima"), o.venue().zone()));
                    view.put("holidays", holidays.during(o.start(), o.end()));
                    served.add(view);
                }
            }
            return EventJson.write(served).length();
        }));
        int[] feedBytes = new int[1];
        figures.put(".ics feed of all series", time(warmups, rounds, () -> {
            feedBytes[0] = feeds.feed("all", all, now).length();
            return feedBytes[0];
        }));
        double baseline = figures.get("baseline: raw ical4j expansion");
        out.printf("%d series, %d occurrences in 2027, feed %d KiB; median of %d rounds after %d warm-ups%n", count,
                occurrences[0], feedBytes[0] / 1024, rounds, warmups);
        figures.forEach((name, ms) -> out.printf("  %-55s %9.1f ms   ratio to baseline %6.1f%n", name, ms,
                ms / baseline));
        return figures;
    }

    private static double time(int warmups, int rounds, Supplier<Integer> work) {
        for (int i = 0; i < warmups; i++) {
            work.get();
        }
        double[] ms = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms[rounds / 2];
    }

    /** Series of every kind: rules from weekly to biennial, half alternating, every tenth with a meeting moved and one cancelled. */
    static List<MeetingSeries> series(int count) {
        List<MeetingSeries> all = new ArrayList<>();
        Instant created = Instant.parse("2025-01-01T00:00:00Z");
        for (int i = 0; i < count; i++) {
            String id = "bench-" + i;
            String rule = RULES[i % RULES.length];
            VenueRule venues = i % 2 == 0 ? new VenueRule(VenueRule.ALTERNATING, List.of(TOKYO, LIMA))
                    : new VenueRule(VenueRule.FIXED, List.of(i % 4 == 1 ? TOKYO : LIMA));
            LocalDateTime first = firstInstance(rule);
            Recurrence recurrence = new Recurrence(1, rule, first, "Asia/Tokyo", 180, venues, null, null, 0, 0);
            List<Occurrence> overrides = new ArrayList<>();
            MeetingSeries plain = new MeetingSeries(id, "jp-pe-2024-2033", "Bench series " + i, "bench", null,
                    List.of("I.2"), "Asia/Tokyo", 180, venues, rule, first,
                    new CadenceRule(CadenceRule.PERIODIC, null, null), List.of(recurrence), List.of(), List.of(), null,
                    List.of(), HistoryTail.of(List.of(new Change(created, "bench", "created", 1, null, Map.of(), null))), 1, created,
                    "bench", created);
            if (i % 10 == 0) {
                List<Occurrence> in2027 = plain.occurrencesBetween(YEAR_START, YEAR_END);
                if (in2027.size() >= 2) {
                    Occurrence moved = in2027.get(0);
                    overrides.add(new Occurrence(moved.id(), moved.recurrence(), moved.ordinal(), moved.nominal(),
                            moved.start().plusSeconds(86_400), moved.end().plusSeconds(86_400), moved.venue(),
                            OccurrenceStatus.CONFIRMED, 1, null, List.of(), created, "bench", false));
                    Occurrence cancelled = in2027.get(1);
                    overrides.add(new Occurrence(cancelled.id(), cancelled.recurrence(), cancelled.ordinal(),
                            cancelled.nominal(), cancelled.start(), cancelled.end(), cancelled.venue(),
                            OccurrenceStatus.CANCELLED, 1, "bench", List.of(), created, "bench", false));
                }
            }
            all.add(new MeetingSeries(id, plain.roadMapId(), plain.title(), plain.organiser(), null, plain.commitments(),
                    plain.timeZone(), 180, venues, rule, first, plain.cadence(), plain.recurrences(), overrides,
                    List.of(), null, List.of(), plain.history(), 1, created, "bench", created));
        }
        return all;
    }

    private static LocalDateTime firstInstance(String rule) {
        LocalDateTime seed = LocalDateTime.parse("2025-01-07T10:00");
        return new Recur<LocalDateTime>(rule).getDates(seed, seed, seed.plusYears(3), 1).get(0);
    }
}
