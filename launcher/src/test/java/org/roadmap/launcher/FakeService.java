package org.roadmap.launcher;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Arrays;

/**
 * Stands in for a Spring Boot service in launcher tests: answers the readiness probe on
 * {@code --server.port}, or fails at once when its port is {@code -Dfake.failing-port}.
 * Self-contained, because it is copied alone into a jar.
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
