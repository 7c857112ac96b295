package org.roadmap.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The launcher's orchestration, with {@link FakeService} jars standing in for the real services. */
class PlatformLauncherTests {

    @TempDir
    Path temp;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void startsEveryServiceUntilReadyAndStopsThemAgain() throws Exception {
        LauncherSettings settings = settings();
        PlatformLauncher launcher = new PlatformLauncher(settings, Instant.now());
        try {
            launcher.start();
            for (ServiceDefinition service : ServiceDefinition.forPlatform(settings)) {
                assertThat(status(service)).isEqualTo(200);
                assertThat(settings.logDir().resolve(service.name() + ".log"))
                        .content().contains("fake service with " + String.join(" ", service.arguments()));
            }
        } finally {
            launcher.stop();
        }
        for (ServiceDefinition service : ServiceDefinition.forPlatform(settings)) {
            assertThatThrownBy(() -> status(service)).isInstanceOf(IOException.class);
        }
    }

    @Test
    void namesTheServiceThatExitsDuringStartUp() throws Exception {
        LauncherSettings fine = settings();
        LauncherSettings settings = settings("--meetings-port=" + fine.meetingsPort(),
                "--service-jvm-opts=-Xmx32m -Dfake.failing-port=" + fine.meetingsPort());
        PlatformLauncher launcher = new PlatformLauncher(settings, Instant.now());
        try {
            assertThatThrownBy(launcher::start)
                    .isInstanceOf(StartupFailure.class)
                    .hasMessage("meetings-service exited with code 3");
        } finally {
            launcher.stop();
        }
    }

    @Test
    void refusesToStartWithoutTheServiceJars() throws Exception {
        Path empty = Files.createDirectories(temp.resolve("no-services"));
        PlatformLauncher launcher = new PlatformLauncher(settings("--services-dir=" + empty), Instant.now());

        assertThatThrownBy(launcher::start)
                .isInstanceOf(StartupFailure.class)
                .hasMessageContaining("missing service jars")
                .hasMessageContaining("gateway.jar")
                .hasMessageContaining(empty.toString());
        launcher.stop();
    }

    @Test
    void refusesToStartWhenAPortIsTaken() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            PlatformLauncher launcher = new PlatformLauncher(
                    settings("--gateway-port=" + taken.getLocalPort()), Instant.now());

            assertThatThrownBy(launcher::start)
                    .isInstanceOf(StartupFailure.class)
                    .hasMessageContaining("ports [" + taken.getLocalPort() + "] are in use");
            launcher.stop();
        }
    }

    @Test
    void refusesPortsTwoPartsWouldShareNamingBoth() throws Exception {
        int meetings = 20_000 + FreePorts.take(1).get(0) % 30_000;
        PlatformLauncher launcher = new PlatformLauncher(settings("--replicas=2", "--meetings-port=" + meetings,
                "--notifications-port=" + (meetings - ServiceDefinition.REPLICA_PORT_STEP)), Instant.now());

        // notifications-service-2 would take meetings-service's port
        assertThatThrownBy(launcher::start)
                .isInstanceOf(StartupFailure.class)
                .hasMessageContaining("port " + meetings + " (meetings-service, notifications-service-2)");
        launcher.stop();
    }

    private LauncherSettings settings(String... overrides) throws IOException {
        List<String> args = new ArrayList<>(FreePorts.launcherArguments());
        args.add("--data-dir=" + temp.resolve("data"));
        args.add("--service-jvm-opts=-Xmx32m");
        args.add("--readiness-timeout=30");
        LauncherSettings settings = LauncherSettings.fromArgs(args.toArray(String[]::new));
        args.add("--services-dir=" + FakeServiceJars.writeTo(temp.resolve("services"), settings));
        args.addAll(List.of(overrides));
        return LauncherSettings.fromArgs(args.toArray(String[]::new));
    }

    private int status(ServiceDefinition service) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(service.readinessUri()).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
