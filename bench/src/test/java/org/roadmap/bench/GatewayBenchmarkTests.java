package org.roadmap.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Keeps the gateway benchmark's command working: a tiny run, no timing asserted. */
class GatewayBenchmarkTests {

    @Test
    void comparesTheGatewayWithTheDirectPathInOneRun() throws Exception {
        assumeTrue(GatewayBenchmark.findGatewayJar().isPresent(), "needs the gateway's runnable jar");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream console = System.out;
        System.setOut(new PrintStream(printed, true));
        try {
            new GatewayBenchmark(Map.of("requests", "30", "clients", "2", "rounds", "1")).run();
        } finally {
            System.setOut(console);
        }

        assertThat(printed.toString()).contains("direct to commitments-service #1").contains("through the gateway #1")
                .contains("throughput");
    }
}
