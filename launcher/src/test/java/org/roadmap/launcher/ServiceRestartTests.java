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
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The launcher restarting a {@link FakeService} that exits on its own once the platform is up. */
class ServiceRestartTests {

    private static final String SERVICE = "meetings-service";

    @TempDir
    Path temp;

    private final HttpClient http = HttpClient.newHttpClient();
    private final BlockingQueue<ServiceEvent> events = new LinkedBlockingQueue<>();

    @Test
    void restartsACrashedServiceUntilItIsReadyAgain() throws Exception {
        LauncherSettings settings = settings();
        PlatformLauncher launcher = new PlatformLauncher(settings, Instant.now(), events::add);
        try {
            launcher.start();
            ServiceProcess crashed = launcher.service(SERVICE);

            crashed.process().destroyForcibly();

            ServiceEvent.Restarting restarting = next(ServiceEvent.Restarting.class);
            assertThat(restarting.service()).isEqualTo(SERVICE);
            assertThat(restarting.exitCode()).isEqualTo(137);
            assertThat(restarting.attempt()).isEqualTo(1);
            assertThat(restarting.delay()).isEqualTo(Duration.ofMillis(100));
            assertThat(restarting.message()).contains(SERVICE + " exited with code 137",
                    settings.logDir().resolve(SERVICE + ".log").toString(), "restarting it in 0.1 s",
                    "restart 1 of at most 3 within 60 s");
            ServiceEvent.Ready ready = next(ServiceEvent.Ready.class);
            assertThat(ready.message()).startsWith(SERVICE + " is ready again").endsWith("after restart 1");
            assertThat(launcher.service(SERVICE).process().pid()).isNotEqualTo(crashed.process().pid());
            assertThat(status(settings.meetingsPort())).isEqualTo(200);
        } finally {
            launcher.stop();
        }
    }

    @Test
    void givesUpOnAServiceThatKeepsExitingAndRunsTheRestOn() throws Exception {
        Path markers = Files.createDirectories(temp.resolve("crash-markers"));
        LauncherSettings settings = settings("--service-jvm-opts=-Xmx32m -Dfake.crash-marker=" + markers);
        PlatformLauncher launcher = new PlatformLauncher(settings, Instant.now(), events::add);
        try {
            launcher.start();
            // from now on it exits as soon as it starts
            Files.createFile(markers.resolve(String.valueOf(settings.meetingsPort())));

            launcher.service(SERVICE).process().destroyForcibly();

            List<Duration> delays = new ArrayList<>();
            for (int attempt = 1; attempt <= 3; attempt++) {
                ServiceEvent.Restarting restarting = next(ServiceEvent.Restarting.class);
                assertThat(restarting.attempt()).isEqualTo(attempt);
                assertThat(restarting.exitCode()).isEqualTo(attempt == 1 ? 137 : 3);
                delays.add(restarting.delay());
            }
            assertThat(delays).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400));
            ServiceEvent.GaveUp gaveUp = next(ServiceEvent.GaveUp.class);
            assertThat(gaveUp.exitCode()).isEqualTo(3);
            assertThat(gaveUp.message()).contains("it exited 4 times within 60 s", "not restarted again");

            // no further attempt: the first start and three restarts, and nothing more
            assertThat(events.poll(1, TimeUnit.SECONDS)).isNull();
            assertThat(starts(settings)).isEqualTo(4);
            assertThat(status(settings.gatewayPort())).isEqualTo(200);
            assertThat(status(settings.commitmentsPort())).isEqualTo(200);
        } finally {
            launcher.stop();
        }
    }

    @Test
    void runsEachReplicaOnItsOwnPortAndRestartsOnlyTheOneThatCrashed() throws Exception {
        LauncherSettings settings = settings("--replicas=2");
        PlatformLauncher launcher = new PlatformLauncher(settings, Instant.now(), events::add);
        try {
            launcher.start();
            int secondPort = ServiceDefinition.replicaPort(settings.meetingsPort(), 1);
            assertThat(status(secondPort)).isEqualTo(200);
            assertThat(status(ServiceDefinition.replicaPort(settings.gatewayPort(), 1))).isEqualTo(200);
            ServiceProcess first = launcher.service(SERVICE);
            ServiceProcess second = launcher.service(SERVICE + "-2");

            second.process().destroyForcibly();

            ServiceEvent.Restarting restarting = next(ServiceEvent.Restarting.class);
            assertThat(restarting.service()).isEqualTo(SERVICE + "-2");
            assertThat(restarting.message()).contains(settings.logDir().resolve(SERVICE + "-2.log").toString());
            next(ServiceEvent.Ready.class);
            assertThat(status(secondPort)).isEqualTo(200);
            assertThat(launcher.service(SERVICE).process().pid()).isEqualTo(first.process().pid());
        } finally {
            launcher.stop();
        }
    }

    @Test
    void neverRestartsTheServicesItStops() throws Exception {
        LauncherSettings settings = settings();
        PlatformLauncher launcher = new PlatformLauncher(settings, Instant.now(), events::add);
        launcher.start();

        launcher.stop();

        assertThat(events.poll(1, TimeUnit.SECONDS)).isNull();
        assertThat(starts(settings)).isEqualTo(1);
    }

    private <T extends ServiceEvent> T next(Class<T> type) throws InterruptedException {
        ServiceEvent event = events.poll(20, TimeUnit.SECONDS);
        assertThat(event).isInstanceOf(type);
        return type.cast(event);
    }

    private long starts(LauncherSettings settings) throws IOException {
        try (var lines = Files.lines(settings.logDir().resolve(SERVICE + ".log"))) {
            return lines.filter(line -> line.contains("started by roadmap-launcher")).count();
        }
    }

    private LauncherSettings settings(String... overrides) throws IOException {
        List<String> args = new ArrayList<>(FreePorts.launcherArguments());
        args.add("--data-dir=" + temp.resolve("data"));
        args.add("--service-jvm-opts=-Xmx32m");
        args.add("--readiness-timeout=30");
        args.add("--restart-delay=0.1");
        args.add("--restart-limit=3");
        args.add("--restart-window=60");
        LauncherSettings settings = LauncherSettings.fromArgs(args.toArray(String[]::new));
        args.add("--services-dir=" + FakeServiceJars.writeTo(temp.resolve("services"), settings));
        args.addAll(List.of(overrides));
        return LauncherSettings.fromArgs(args.toArray(String[]::new));
    }

    private int status(int port) throws IOException, InterruptedException {
        HttpRequest probe = HttpRequest.newBuilder(java.net.URI.create(
                "http://127.0.0.1:" + port + "/actuator/health/readiness")).build();
        return http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
