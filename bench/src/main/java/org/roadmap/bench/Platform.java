package org.roadmap.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The whole platform as a run meets it, on ports of its own from a port base: the gateway on {@code portBase}, the
 * services and the issuer on the next four, MongoDB on {@code portBase + 10} and Kafka on {@code portBase + 11} (its
 * controller on {@code + 12}), so a run never meets a platform already running on the usual ports. Launched from
 * the launcher's jar as a process of its own ({@link LaunchedPlatform}, for the benchmarks), or as the launcher's
 * parts in this JVM (the fault suite's, which must be able to take any one of them away).
 */
public interface Platform {

    /** The parts with a readiness endpoint, in port order from the port base. */
    List<String> PARTS = List.of("gateway", "commitments-service", "meetings-service", "notifications-service",
            "identity");

    /** The road map the platform seeds on its first start. */
    String SEEDED_ROAD_MAP = "jp-pe-2024-2033";

    /** The launcher's options for a platform on {@code data} with the ports from {@code portBase}. */
    static List<String> launcherOptions(int portBase, Path data) {
        List<String> options = new ArrayList<>(List.of("--data-dir=" + data));
        List<String> portOptions = List.of("gateway-port", "commitments-port", "meetings-port", "notifications-port",
                "identity-port");
        for (int i = 0; i < portOptions.size(); i++) {
            options.add("--" + portOptions.get(i) + "=" + (portBase + i));
        }
        options.add("--mongo-port=" + (portBase + 10));
        options.add("--kafka-port=" + (portBase + 11));
        options.add("--kafka-controller-port=" + (portBase + 12));
        return options;
    }

    /** Where the build leaves the launcher's jar and the services' jars: from the repository root or from bench/. */
    static Optional<Path> launcherBuild() {
        return Stream.of(Path.of("launcher", "target"), Path.of("..", "launcher", "target")).filter(Files::isDirectory)
                .findFirst();
    }

    int port(String part);

    default String url(String part) {
        return "http://127.0.0.1:" + port(part);
    }

    String kafkaBootstrapServers();

    /** The issuer's data: the seeded users' secrets ({@code secrets.properties}). */
    Path identityDirectory();

    /** Whether {@code part} answers its readiness probe with a 200. */
    default boolean isReady(String part) {
        try {
            return PlatformApi.http().send(HttpRequest.newBuilder(URI.create(url(part) + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
