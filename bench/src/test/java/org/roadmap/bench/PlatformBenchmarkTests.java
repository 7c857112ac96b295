package org.roadmap.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roadmap.events.EventJson;

/**
 * Keeps the platform benchmark's command working: a tiny run on the launcher's jar (built by the package
 * phase before this module's tests), no timing asserted. Skipped where the jar has not been built.
 */
class PlatformBenchmarkTests {

    @Test
    void measuresThePlatformEndToEndAndKeepsItsFigures(@TempDir Path directory) throws Exception {
        assumeTrue(LaunchedPlatform.findJar(null).isPresent(), "needs the launcher's jar (./mvnw -DskipTests package)");
        Path results = directory.resolve("platform.json");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream console = System.out;
        System.setOut(new PrintStream(printed, true));
        try {
            new PlatformBenchmark(Map.ofEntries(Map.entry("rate", "2"), Map.entry("seconds", "3"),
                    Map.entry("knee", "2"), Map.entry("knee-seconds", "2"), Map.entry("knee-warm-up-seconds", "2"),
                    Map.entry("trace-dir", directory.resolve("trace").toString()), Map.entry("commitments", "200"),
                    Map.entry("reads", "5"), Map.entry("clients", "2"), Map.entry("port-base", "18280"),
                    Map.entry("results", results.toString()))).run();
        } finally {
            System.setOut(console);
        }

        assertThat(printed.toString()).contains("PATCH deadline -> in the recipient's inbox")
                .contains("raw Kafka producer -> consumer (baseline)").contains("of the seeded road map")
                .contains("outbox drained");
        assertThat(printed.toString()).contains("Warm-up of the knee: 2 s at 2/s, not counted")
                .contains("write -> inbox p99 by 5 s window (ms):");
        assertThat(EventJson.tree(Files.readString(results)).propertyNames()).contains("write.inbox.p99-ms",
                "write.ratio.e2e-p50", "read.ratio.sequential.overview.p50", "grow.outbox-drain-s",
                "knee.warm-up.inbox.p99-ms", "knee.2.inbox.p99-ms", "knee.highest-rate-within-p99");
        // each run's writes, one line each after the header: the steady run's 6, the warm-up's and the step's 4
        try (var traces = Files.list(directory.resolve("trace"))) {
            assertThat(traces.map(PlatformBenchmarkTests::writesIn).sorted().toList()).containsExactly(4, 4, 6);
        }
    }

    private static int writesIn(Path trace) {
        try {
            return Files.readAllLines(trace).size() - 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
