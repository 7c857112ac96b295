package org.roadmap.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The embedded default end to end: the real service jars, copied to target/services by this
 * module's build, started by the launcher on free ports.
 */
class EmbeddedPlatformTests {

    private static final Path SERVICES_DIR = Path.of(System.getProperty("roadmap.services-dir", "target/services"));

    @TempDir
    Path dataDir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void startsTheWholePlatformUntilEveryServiceIsReadyAndStopsIt() throws Exception {
        List<String> args = new ArrayList<>(FreePorts.launcherArguments());
        args.add("--data-dir=" + dataDir);
        args.add("--services-dir=" + SERVICES_DIR);
        LauncherSettings settings = LauncherSettings.fromArgs(args.toArray(String[]::new));
        List<ServiceDefinition> services = ServiceDefinition.forPlatform(settings);
        List<Path> missing = services.stream()
                .map(service -> service.jar(SERVICES_DIR))
                .filter(jar -> !Files.isRegularFile(jar))
                .toList();
        assumeTrue(missing.isEmpty(), () -> "Skipping the full-platform test: no service jars " + missing
                + ". Build the services first, e.g. ./mvnw verify from the repository root.");

        Instant start = Instant.now();
        PlatformLauncher launcher = new PlatformLauncher(settings, start);
        try {
            launcher.start();
            System.out.printf("Whole platform ready in %.1f s%n", Duration.between(start, Instant.now()).toMillis() / 1000.0);
            for (ServiceDefinition service : services) {
                assertThat(status(service)).as(service.name() + " readiness").isEqualTo(200);
            }
        } finally {
            launcher.stop();
        }
        for (ServiceDefinition service : services) {
            assertThatThrownBy(() -> status(service)).as(service.name() + " after stop").isInstanceOf(IOException.class);
        }
    }

    private int status(ServiceDefinition service) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(service.readinessUri()).timeout(Duration.ofSeconds(5)).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
