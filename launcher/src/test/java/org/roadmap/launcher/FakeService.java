package org.roadmap.launcher;

import com.sun.net.httpserver.HttpServer;
import org.roadmap.platform.lifecycle.ParentWatch;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

/**
 * Stands in for a Spring Boot service in launcher tests: answers the readiness probe on
 * {@code --server.port}, or fails at once when its port is {@code -Dfake.failing-port} or a file named
 * after its port is in {@code -Dfake.crash-marker}. Like a service, it watches the launcher's pid
 * with platform-lifecycle's {@link ParentWatch}, the one other class copied into its jar.
 */
public final class FakeService {

    public static void main(String[] args) throws IOException {
        int port = Arrays.stream(args)
                .filter(arg -> arg.startsWith("--server.port="))
                .mapToInt(arg -> Integer.parseInt(arg.substring("--server.port=".length())))
                .findFirst()
                .orElseThrow();
        System.out.println("fake service with " + String.join(" ", args));
        if (Integer.getInteger("fake.failing-port", -1) == port) {
            System.out.println("cannot start: this one is meant to fail");
            System.exit(3);
        }
        String crashMarker = System.getProperty("fake.crash-marker");
        if (crashMarker != null && Files.exists(Path.of(crashMarker, String.valueOf(port)))) {
            System.out.println("cannot start: its crash marker is there");
            System.exit(3);
        }
        // what platform-lifecycle's ParentWatchConfiguration does in a service, with its default interval
        Long launcher = Long.getLong("roadmap.parent-watch.pid");
        if (launcher != null) {
            ParentWatch.start(launcher, Duration.ofSeconds(1), Duration.ofSeconds(10));
        }
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/actuator/health/readiness", exchange -> {
            byte[] body = "{\"status\":\"UP\"}".getBytes();
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }
}
