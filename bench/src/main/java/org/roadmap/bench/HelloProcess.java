package org.roadmap.bench;

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
import java.util.List;
import java.util.concurrent.TimeUnit;

/** {@link HelloApp} as a JVM of its own with a set's JVM options, on 127.0.0.1; closing it stops it. */
final class HelloProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private HelloProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    static HelloProcess start(JvmOptionsBenchmark.OptionSet set, int port) throws IOException {
        List<String> command = new ArrayList<>(List.of(LaunchedPlatform.javaBinary()));
        command.addAll(List.of(set.jvmOptions().split("\\s+")));
        String classPath = System.getProperty("java.class.path");
        if (classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator)) {
            // inside the benchmark's own executable jar, whose classes only its loader finds
            command.addAll(List.of("-Dloader.main=" + HelloApp.class.getName(), "-cp", classPath,
                    "org.springframework.boot.loader.launch.PropertiesLauncher"));
        } else {
            command.addAll(List.of("-cp", classPath, HelloApp.class.getName()));
        }
        command.addAll(List.of("--server.address=127.0.0.1", "--server.port=" + port, "--logging.level.root=WARN",
                "--spring.main.banner-mode=off"));
        Path log = Files.createTempFile("roadmap-jvm-hello", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new HelloProcess(process, port, log);
    }

    long pid() {
        return process.pid();
    }

    /** Its {@code /hello} once it answers there. */
    String awaitUrl(HttpClient http) throws InterruptedException {
        String url = "http://127.0.0.1:" + port + "/hello";
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (true) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return url;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("The hello app did not start; see " + log);
            }
            Thread.sleep(200);
        }
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        Files.deleteIfExists(log);
    }
}
