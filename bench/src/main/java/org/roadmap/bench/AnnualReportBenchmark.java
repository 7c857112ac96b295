package org.roadmap.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.roadmap.commitments.CommitmentsApplication;
import org.roadmap.commitments.commitment.Annotation;
import org.roadmap.commitments.commitment.Cadence;
import org.roadmap.commitments.commitment.Commitment;
import org.roadmap.commitments.commitment.CommitmentManagement;
import org.roadmap.commitments.commitment.Health;
import org.roadmap.commitments.commitment.ImplementationLevel;
import org.roadmap.commitments.commitment.NewCommitment;
import org.roadmap.commitments.commitment.ReportDraft;
import org.roadmap.commitments.commitment.ResponsibleEntity;
import org.roadmap.commitments.report.AnnualReport;
import org.roadmap.commitments.report.AnnualReports;
import org.roadmap.commitments.report.ReportLanguage;
import org.roadmap.commitments.roadmap.RoadMap;
import org.roadmap.commitments.roadmap.RoadMapCatalogue;
import org.roadmap.platform.test.EmbeddedInfrastructure;
import org.roadmap.platform.test.MutableClock;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Does a report on a past year cost more as the commitments go on being reported on? commitments-service runs in
 * this JVM on the embedded default's parts with the seeded Japan–Peru Road Map and a clock of its own: in 2025,
 * {@code --before} (10) progress reports on each of {@code --commitments} (10) of its commitments, and
 * {@code --dormant} (0) more commitments registered and never changed; early in 2026,
 * the 2025 report is assembled {@code --reads} (20) times (the baseline: nothing written since the year ended);
 * then {@code --after} (1,000) more reports on each of them in 2026, and the 2025 report again, which must say the
 * same as before. Prints both against each other, with this year's report for comparison (it lists every change of
 * 2026, so it grows as it should), and keeps the figures in {@code --results} (bench/results/annual.json).
 */
final class AnnualReportBenchmark {

    private static final String ROAD_MAP = "jp-pe-2024-2033";
    private static final Instant IN_2025 = Instant.parse("2025-02-03T15:00:00Z");
    private static final Instant EARLY_2026 = Instant.parse("2026-01-05T15:00:00Z");

    private final int commitments;
    private final int before;
    private final int after;
    private final int reads;
    private final int dormant;
    private final Path results;

    AnnualReportBenchmark(Map<String, String> options) {
        this.commitments = Integer.parseInt(options.getOrDefault("commitments", "10"));
        this.before = Integer.parseInt(options.getOrDefault("before", "10"));
        this.after = Integer.parseInt(options.getOrDefault("after", "1000"));
        this.reads = Integer.parseInt(options.getOrDefault("reads", "20"));
        this.dormant = Integer.parseInt(options.getOrDefault("dormant", "0"));
        this.results = Path.of(options.getOrDefault("results", "bench/results/annual.json"));
    }

    void run() throws Exception {
        MutableClock clock = new MutableClock(IN_2025);
        try (ConfigurableApplicationContext service = new SpringApplicationBuilder(CommitmentsApplication.class)
                .initializers(context -> context.getBeanFactory().registerSingleton("clock", clock))
                .web(WebApplicationType.NONE)
                .run("--spring.mongodb.uri=" + EmbeddedInfrastructure.mongoUri("bench-annual"),
                        "--spring.kafka.bootstrap-servers=" + EmbeddedInfrastructure.kafkaBootstrapServers(),
                        "--logging.level.root=WARN", "--spring.main.banner-mode=off")) {
            CommitmentManagement management = service.getBean(CommitmentManagement.class);
            AnnualReports reports = service.getBean(AnnualReports.class);
            RoadMap roadMap = service.getBean(RoadMapCatalogue.class).get(ROAD_MAP);
            List<String> reported = management.ofRoadMap(ROAD_MAP).stream().limit(commitments).map(Commitment::id)
                    .toList();

            report(management, clock, reported, before, "2025", Duration.ofHours(6));
            registerDormant(management);
            clock.set(EARLY_2026);
            AnnualReport first = reports.of(roadMap, 2025, ReportLanguage.EN, true);
            Latencies baseline = read(reports, roadMap, 2025, "2025 report, nothing written since");
            report(management, clock, reported, after, "2026", Duration.ofMinutes(1));
            Latencies later = read(reports, roadMap, 2025, "2025 report, " + after + " reports later on each");
            Latencies thisYear = read(reports, roadMap, 2026, "2026 report, " + after + " reports on each");
            requireSameYear(first, reports.of(roadMap, 2025, ReportLanguage.EN, true));

            System.out.printf("%nAnnual reports of %s, %d commitments reported on %d times in 2025, then %d times "
                    + "in 2026; %d more never changed%n", ROAD_MAP, reported.size(), before, after, dormant);
            System.out.println("  " + baseline.line());
            System.out.println("  " + later.line());
            System.out.println("  => " + later.ratioTo(baseline) + "; the report says the same");
            System.out.println("  " + thisYear.line() + " (lists every change of 2026)");
            Map<String, Double> figures = new LinkedHashMap<>(ResultsFile.figuresOf(
                    new ArrayList<>(List.of(baseline, later, thisYear))));
            figures.put("past-year-later-to-baseline-p50", later.percentileMillis(50) / baseline.percentileMillis(50));
            ResultsFile.compareAndKeep(results, figures);
        }
    }

    /** {@code --dormant} commitments of pillar V, registered in 2025 and never changed. */
    private void registerDormant(CommitmentManagement management) {
        for (int i = 0; i < dormant; i++) {
            management.register(new NewCommitment(ROAD_MAP, "V", 1000 + i, "Dormant commitment " + i,
                    "Registered and never changed.", List.of(new ResponsibleEntity("Ministry of Foreign Affairs of Japan",
                            "JP", "lead")), Cadence.ONE_OFF, null, null, null, false, 1.0, Annotation.MANUAL),
                    "bench", "bench-dormant-" + i);
        }
    }

    /** {@code count} reports on each commitment, the two sides in turn, the clock moving {@code step} each. */
    private static void report(CommitmentManagement management, MutableClock clock, List<String> ids, int count,
            String year, Duration step) {
        ImplementationLevel[] levels = {ImplementationLevel.LIMITED, ImplementationLevel.SUBSTANTIAL};
        for (int i = 0; i < count; i++) {
            for (String id : ids) {
                boolean japan = (i + id.hashCode()) % 2 == 0;
                management.reportProgress(id, new ReportDraft(japan ? "JP" : "PE",
                        japan ? "Ministry of Foreign Affairs of Japan" : "Ministry of Foreign Affairs of Peru", "bench",
                        "Report " + (i + 1) + " of " + year, List.of(), levels[i % levels.length],
                        i % 3 == 0 ? Health.AT_RISK : Health.ON_TRACK, null), "bench-" + year + "-" + id + "-" + i);
                clock.advance(step);
            }
        }
    }

    /** Assembles the report {@code --reads} times to warm up, then {@code --reads} times measured. */
    private Latencies read(AnnualReports reports, RoadMap roadMap, int year, String name) {
        for (int i = 0; i < reads; i++) {
            reports.of(roadMap, year, ReportLanguage.EN, true);
        }
        Latencies latencies = new Latencies(name, reads);
        latencies.start();
        for (int i = 0; i < reads; i++) {
            long started = System.nanoTime();
            reports.of(roadMap, year, ReportLanguage.EN, true);
            latencies.record(System.nanoTime() - started);
        }
        return latencies;
    }

    /** A past year's report must not change with what was written after it. */
    private static void requireSameYear(AnnualReport first, AnnualReport again) {
        if (!first.total().equals(again.total()) || !first.pillars().equals(again.pillars())
                || !first.overdue().equals(again.overdue()) || !first.atRisk().equals(again.atRisk())
                || !first.disagreements().equals(again.disagreements()) || !first.changes().equals(again.changes())) {
            throw new IllegalStateException("The 2025 report changed with what was written in 2026:\n" + first
                    + "\n" + again);
        }
    }
}
