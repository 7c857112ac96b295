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

/** Keeps the gateway benchmark's command working: a tiny run, no timing asserted. */
class GatewayBenchmarkTests {

    @Test
    void comparesTheGatewayWithTheDirectPathInOneRunAndKeepsItsFigures(@TempDir Path directory) throws Exception {
        Path results = directory.resolve("gateway.json");
        assumeTrue(GatewayBenchmark.findGatewayJar().isPresent(), "needs the gateway's runnable jar");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream console = System.out;
        System.setOut(new PrintStream(printed, true));
        try {
            new GatewayBenchmark(Map.of("requests", "30", "clients", "2", "rounds", "1", "results",
                    results.toString())).run();
        } finally {
            System.setOut(console);
        }

        assertThat(printed.toString()).contains("direct to commitments-service #1").contains("through the gateway #1")
                .contains("throughput").containsPattern("CPU per request: the gateway \\d+\\.\\d{3} ms");
        assertThat(Files.readString(results)).contains("through-the-gateway-1.p50-ms")
                .contains("cpu-ms-per-request.gateway.round-1");
    }
}
