package org.roadmap.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
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
            new PlatformBenchmark(Map.of("rate", "2", "seconds", "3", "commitments", "200", "reads", "5",
                    "clients", "2", "port-base", "18280", "results", results.toString())).run();
        } finally {
            System.setOut(console);
        }

        assertThat(printed.toString()).contains("PATCH deadline -> in the recipient's inbox")
                .contains("raw Kafka producer -> consumer (baseline)").contains("of the seeded road map")
                .contains("outbox drained");
        assertThat(EventJson.tree(Files.readString(results)).propertyNames()).contains("write.inbox.p99-ms",
                "write.ratio.e2e-p50", "read.ratio.sequential.overview.p50", "grow.outbox-drain-s");
    }
}
