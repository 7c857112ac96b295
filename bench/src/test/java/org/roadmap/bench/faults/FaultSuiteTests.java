package org.roadmap.bench.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.roadmap.bench.Platform;
import org.roadmap.platform.test.FreePorts;

/**
 * The fast part of the fault suite, as CI can afford it: the whole platform under a steady load of
 * writes through the gateway while commitments-service and notifications-service are killed with
 * SIGKILL, Kafka is stopped and MongoDB is stopped; nothing acknowledged may be lost or doubled.
 * The full suite (every service, longer outages) is the command in README's "Fault tests".
 * Skipped where the launcher's build has not copied the services' jars (the reactor builds it first).
 */
class FaultSuiteTests {

    private static final List<String> PORTS = List.of("mongo-port", "kafka-port", "kafka-controller-port",
            "gateway-port", "commitments-port", "meetings-port", "notifications-port", "identity-port");

    @Test
    @Timeout(value = 12, unit = TimeUnit.MINUTES)
    void acknowledgedWritesSurviveKilledServicesAndStoppedInfrastructureOnceEach(@TempDir Path data) throws Exception {
        Path services = Platform.launcherBuild().map(build -> build.resolve("services")).orElse(Path.of("none"));
        assumeTrue(Files.isRegularFile(services.resolve("gateway.jar")),
                "needs the services' jars (./mvnw -DskipTests package)");
        Map<String, String> options = freePorts();
        options.putAll(Map.of("data-dir", data.toString(), "services-dir", services.toString(),
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

    /** Every port the platform opens on one nobody listens on now, held together so none is handed out twice. */
    private static Map<String, String> freePorts() {
        Map<String, String> options = new HashMap<>();
        List<Integer> free = FreePorts.take(PORTS.size());
        for (int i = 0; i < PORTS.size(); i++) {
            options.put(PORTS.get(i), String.valueOf(free.get(i)));
        }
        return options;
    }
}
