package org.roadmap.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A launcher killed with SIGKILL runs no shutdown hook; its services must notice and stop by themselves
 * (platform-lifecycle's {@code ParentWatch}, which the {@link FakeService} runs as the real services do).
 */
class KilledLauncherTests {

    private static final Path SERVICES_DIR = Path.of(System.getProperty("roadmap.services-dir", "target/services"));

    @TempDir
    Path temp;

    @Test
    void everyRealServiceCarriesTheWatch() throws IOException {
        LauncherSettings settings = LauncherSettings.fromArgs("--services-dir=" + SERVICES_DIR);
        for (ServiceDefinition service : ServiceDefinition.forPlatform(settings)) {
            Path jar = service.jar(SERVICES_DIR);
            assumeTrue(Files.isRegularFile(jar), () -> "no service jar " + jar + "; build the services first");
            try (JarFile boot = new JarFile(jar.toFile())) {
                assertThat(boot.stream().map(entry -> entry.getName()))
                        .as(service.name() + " has platform-lifecycle, or it would outlive a killed launcher")
                        .anyMatch(name -> name.startsWith("BOOT-INF/lib/platform-lifecycle-"));
            }
        }
    }

    @Test
    void leavesNoServiceRunningWhenKilled() throws Exception {
        List<String> args = new ArrayList<>(FreePorts.launcherArguments());
        args.add("--data-dir=" + temp.resolve("data"));
        args.add("--service-jvm-opts=-Xmx32m");
        args.add("--service-startup=jar");
        LauncherSettings settings = LauncherSettings.fromArgs(args.toArray(String[]::new));
        args.add("--services-dir=" + FakeServiceJars.writeTo(temp.resolve("services"), settings));

        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"),
                // the launcher's own logging, into the data directory rather than over this module's test log
                "-Dlog4j2.configurationFile=log4j2.xml", "-Droadmap.log.dir=" + settings.logDir(),
                FakeLauncher.class.getName()));
        command.addAll(args);
        Process launcher = new ProcessBuilder(command).redirectErrorStream(true).start();
        ProcessHandle service = null;
        try {
            service = ProcessHandle.of(servicePid(launcher)).orElseThrow();
            awaitReady(settings.meetingsPort());

            launcher.destroyForcibly(); // SIGKILL
            assertThat(launcher.waitFor(5, TimeUnit.SECONDS)).isTrue();

            Instant deadline = Instant.now().plusSeconds(10);
            while (service.isAlive() && Instant.now().isBefore(deadline)) {
                Thread.sleep(100);
            }
            assertThat(service.isAlive()).as("the service outlived its launcher").isFalse();
            assertThat(settings.logDir().resolve("meetings-service.log")).content()
                    .contains("The launcher that started this process (pid " + launcher.pid() + ") is gone");
        } finally {
            launcher.destroyForcibly();
            if (service != null) {
                service.destroyForcibly();
            }
        }
    }

    private static long servicePid(Process launcher) throws IOException {
        BufferedReader output = new BufferedReader(new InputStreamReader(launcher.getInputStream(), StandardCharsets.UTF_8));
        List<String> lines = new ArrayList<>();
        for (String line = output.readLine(); line != null; line = output.readLine()) {
            if (line.startsWith("service pid ")) {
                return Long.parseLong(line.substring("service pid ".length()));
            }
            lines.add(line);
        }
        throw new AssertionError("the launcher ended without starting the service: " + lines);
    }

    private static void awaitReady(int port) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest probe = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                .build();
        Instant deadline = Instant.now().plusSeconds(20);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the service was not ready within 20 s");
    }
}
