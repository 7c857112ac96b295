package org.roadmap.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps the benchmark's command working on a tiny run, no timing asserted; the run itself fails when the 2025 report
 * says anything else after 2026's reports than before them.
 */
class AnnualReportBenchmarkTests {

    @Test
    void reportsOnAPastYearTheSameAfterLaterReportsAndKeepsItsFigures(@TempDir Path directory) throws Exception {
        Path results = directory.resolve("annual.json");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream console = System.out;
        System.setOut(new PrintStream(printed, true));
        try {
            new AnnualReportBenchmark(Map.of("commitments", "3", "before", "3", "after", "6", "reads", "2",
                    "results", results.toString())).run();
        } finally {
            System.setOut(console);
        }

        assertThat(printed.toString()).contains("2025 report, 6 reports later on each")
                .contains("the report says the same");
        assertThat(Files.readString(results)).contains("past-year-later-to-baseline-p50");
    }
}
