package org.roadmap.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keeps the benchmark's command working: a tiny run, no timing asserted. */
class CommitmentsBenchmarkTests {

    @Test
    void runsEndToEndOnATinyRoadMapAndKeepsItsFigures(@TempDir Path directory) throws Exception {
        Path results = directory.resolve("commitments.json");
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        java.io.PrintStream console = System.out;
        System.setOut(new java.io.PrintStream(printed, true));
        try {
            new CommitmentsBenchmark(Map.of("commitments", "60", "requests", "10", "writes", "5",
                    "results", results.toString())).run();
        } finally {
            System.setOut(console);
        }

        assertThat(printed.toString()).contains("GET /api/v1/commitments level=limited&country=PE")
                .contains("POST progress report -> event on Kafka").contains("x");
        assertThat(Files.readString(results)).contains("post-progress-report-event-on-kafka.p99-ms");
    }
}
