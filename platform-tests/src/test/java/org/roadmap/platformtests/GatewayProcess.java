package org.roadmap.platformtests;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.roadmap.platform.test.FreePorts;

/**
 * The gateway's runnable jar started as its own JVM (a webflux application next to servlet services
 * in one JVM would share their classpath and their auto-configuration), logging to target/.
 */
final class GatewayProcess implements AutoCloseable {

    private final Process process;
    private final int port;

    private GatewayProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** The runnable jar, from the test classpath where the build put it. */
    static Optional<Path> jar() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.matches(".*gateway-[^/\\\\]*-exec\\.jar")).map(Path::of).filter(Files::isRegularFile)
                .findFirst();
    }

    /** The gateway on the port, chosen beforehand so the issuer knows where to send people back after signing in. */
    static GatewayProcess start(Path jar, int port, String... arguments) throws Exception {
        Path log = Path.of("target", "gateway-" + port + ".log");
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx256m", "-jar", jar.toString(), "--server.port=" + port));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        GatewayProcess gateway = new GatewayProcess(process, port);
        gateway.awaitReady(log);
        return gateway;
    }

    String uri() {
        return uri(port);
    }

    static String uri(int port) {
        return "http://127.0.0.1:" + port;
    }

    private void awaitReady(Path log) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The gateway stopped; see " + log.toAbsolutePath());
            }
            try {
                HttpResponse<Void> ready = http.send(HttpRequest.newBuilder(URI.create(uri() + "/actuator/health/readiness"))
                        .build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("The gateway did not get ready; see " + log.toAbsolutePath());
    }

    static int freePort() {
        return FreePorts.take();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
