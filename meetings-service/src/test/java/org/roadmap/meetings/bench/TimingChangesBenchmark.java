package org.roadmap.meetings.bench;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.roadmap.meetings.series.MeetingSeries;
import org.roadmap.meetings.series.MeetingSeriesMother;
import org.roadmap.meetings.series.Recurrence;

/**
 * A month's meetings read from a weekly series whose length was changed many times between two of its meetings,
 * against the same read of the series before those changes (the baseline, measured in the same run): as this version
 * keeps the series, and as the version before kept it (a stretch of the recurrence per change).
 * <p>
 * Run: {@code java -cp "$(cat target/bench.classpath):target/classes:target/test-classes"
 * org.roadmap.meetings.bench.TimingChangesBenchmark 400} (the classpath as for {@link ExpansionBenchmark}).
 */
public final class TimingChangesBenchmark {

    private static final Instant FIRST_CHANGE = Instant.parse("2026-06-01T00:00:00Z");
    private static final Duration APART = Duration.ofMinutes(10);
    private static final Instant MONTH = Instant.parse("2026-06-03T00:00:00Z");

    private TimingChangesBenchmark() {
    }

    public static void main(String[] args) {
        run(args.length > 0 ? Integer.parseInt(args[0]) : 400, 2_000, System.out);
    }

    /** Runs the benchmark and prints the figures; returns them (microseconds a read). */
    public static Map<String, Double> run(int changes, int reads, PrintStream out) {
        MeetingSeries created = MeetingSeriesMother.created(
                MeetingSeriesMother.inTokyo("weekly-bench", "FREQ=WEEKLY", "2025-01-06T10:00"));
        MeetingSeries changed = MeetingSeriesMother.lengthChanged(created, changes, FIRST_CHANGE, APART);
        MeetingSeries keptByTheVersionBefore = withAStretchPerChange(created, changes);

        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("baseline: the series before the changes", microsPerRead(created, reads));
        figures.put("after the changes, as kept now", microsPerRead(changed, reads));
        figures.put("after the changes, as the version before kept it", microsPerRead(keptByTheVersionBefore, reads));
        double baseline = figures.get("baseline: the series before the changes");
        out.printf("%d changes of a weekly series' length, %d minutes apart; stretches kept: %d now, %d before;"
                + " a month's read, mean of %d after as many warm-up reads%n", changes, APART.toMinutes(),
                changed.recurrences().size(), keptByTheVersionBefore.recurrences().size(), reads);
        figures.forEach((name, micros) -> out.printf("  %-52s %9.1f µs   ratio to baseline %7.1f%n", name, micros,
                micros / baseline));
        return figures;
    }

    private static double microsPerRead(MeetingSeries series, int reads) {
        Instant to = MONTH.plus(Duration.ofDays(30));
        int meetings = 0;
        for (int i = 0; i < reads; i++) {
            meetings += series.occurrencesBetween(MONTH, to).size();
        }
        long start = System.nanoTime();
        for (int i = 0; i < reads; i++) {
            meetings += series.occurrencesBetween(MONTH, to).size();
        }
        if (meetings == 0) {
            throw new IllegalStateException("the month has no meeting to read");
        }
        return (System.nanoTime() - start) / 1e3 / reads;
    }

    /** What the version before kept: each change cut every stretch and added one, though no meeting came between. */
    private static MeetingSeries withAStretchPerChange(MeetingSeries created, int changes) {
        Recurrence first = created.recurrences().get(0);
        ZoneId zone = first.zone();
        List<Recurrence> stretches = new ArrayList<>();
        LocalDateTime cut = LocalDateTime.ofInstant(FIRST_CHANGE, zone);
        stretches.add(new Recurrence(1, first.rule(), first.firstStart(), first.timeZone(), first.durationMinutes(),
                first.venueRule(), null, cut, 0, 1));
        for (int n = 1; n <= changes; n++) {
            LocalDateTime from = cut;
            cut = n == changes ? null : LocalDateTime.ofInstant(FIRST_CHANGE.plus(APART.multipliedBy(n)), zone);
            // numbered on from the meetings of the one rule before it, as the version before numbered them
            int minutes = n % 2 == 0 ? 60 : 90;
            stretches.add(new Recurrence(n + 1, first.rule(), first.firstStart(), first.timeZone(), minutes,
                    first.venueRule(), from, cut, first.instancesBefore(from).size(), 0));
        }
        return new MeetingSeries(created.id(), created.roadMapId(), created.title(), created.organiser(), null,
                created.commitments(), created.timeZone(), created.durationMinutes(), created.venueRule(),
                created.rule(), created.firstStart(), created.cadence(), stretches, List.of(), List.of(), null,
                List.of(), created.history(), created.version() + changes, created.createdAt(), created.createdBy(),
                created.updatedAt());
    }
}
