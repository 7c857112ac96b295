package org.roadmap.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.roadmap.launcher.faults.FaultSuite;

/**
 * The fast part of the fault suite, as CI can afford it: the whole platform under a steady load of
 * writes through the gateway while commitments-service and notifications-service are killed with
 * SIGKILL, Kafka is stopped and MongoDB is stopped; nothing acknowledged may be lost or doubled.
 * The full suite (every service, longer outages) is the command in README's "Fault tests".
 */
class FaultSuiteTests {

    private static final Path SERVICES_DIR = Path.of(System.getProperty("roadmap.services-dir", "target/services"));

    @Test
    @Timeout(value = 12, unit = TimeUnit.MINUTES)
    void acknowledgedWritesSurviveKilledServicesAndStoppedInfrastructureOnceEach(@TempDir Path data) throws Exception {
        List<String> ports = FreePorts.launcherArguments();
        Map<String, String> options = new HashMap<>();
        ports.forEach(arg -> options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1)));
        options.putAll(Map.of("data-dir", data.toString(), "services-dir", SERVICES_DIR.toString(),
                "kill", "commitments-service,notifications-service", "kill-downtime", "2", "broker-downtime", "10",
                "storage-downtime", "5", "settle", "3", "rate", "5"));

        FaultSuite.Report report = new FaultSuite(options).run();
        System.out.println(report);

        assertThat(report.findings()).isEmpty();
        assertThat(report.outcome().acknowledged()).isPositive().isEqualTo(report.outcome().writes());
        assertThat(report.outcome().lost()).isZero();
        assertThat(report.outcome().doubled()).isZero();
        assertThat(report.outcome().eventsMissing()).isZero();
        assertThat(report.outcome().duplicateEvents()).isZero();
        assertThat(report.passed()).isTrue();
    }
}
