package org.roadmap.launcher;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One service running as a child JVM whose output goes to its own log file, so the
 * launcher's console stays readable.
 */
final class ServiceProcess {

    /**
     * The launcher's pid, given to each service: platform-lifecycle's {@code ParentWatch} then ends the service when
     * the launcher is gone, even killed, when no shutdown hook of the launcher runs.
     */
    static final String PARENT_WATCH_PID = "roadmap.parent-watch.pid";

    private final ServiceDefinition definition;
    private final ServiceClasses classes;
    private final Process process;
    private final Path log;
    private final long logOffset;

    private ServiceProcess(ServiceDefinition definition, ServiceClasses classes, Process process, Path log,
            long logOffset) {
        this.definition = definition;
        this.classes = classes;
        this.process = process;
        this.log = log;
        this.logOffset = logOffset;
    }

    /** Starts the service, first extracting its jar if {@code --service-startup} asks for that and it is not yet. */
    static ServiceProcess start(ServiceDefinition definition, LauncherSettings settings)
            throws IOException, InterruptedException {
        ServiceClasses classes = ServiceClasses.of(definition, settings);
        classes.prepare();
        return start(definition, settings, classes);
    }

    /** Starts the service with its classes {@linkplain ServiceClasses#prepare() prepared}. */
    static ServiceProcess start(ServiceDefinition definition, LauncherSettings settings, ServiceClasses classes)
            throws IOException {
        // The JVM running the launcher runs the services too, so one installed Java is enough.
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(settings.serviceJvmOpts());
        command.add("-D" + PARENT_WATCH_PID + "=" + ProcessHandle.current().pid());
        command.addAll(classes.javaArguments());
        command.addAll(definition.arguments());

        Path log = PrivateFiles.file(settings.logDir().resolve(definition.name() + ".log"));
        // Appending keeps earlier runs readable; the offset lets a failure report show this run only.
        long offset = Files.exists(log) ? Files.size(log) : 0;
        String header = "==== %s started by roadmap-launcher: %s%n".formatted(Instant.now(), String.join(" ", command));
        Files.writeString(log, offset > 0 ? System.lineSeparator() + header : header,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        return new ServiceProcess(definition, classes, process, log, offset);
    }

    /** Starts the same service again, its classes as prepared for the first start. */
    ServiceProcess restart(LauncherSettings settings) throws IOException {
        return start(definition, settings, classes);
    }

    String name() {
        return definition.name();
    }

    Process process() {
        return process;
    }

    int port() {
        return definition.port();
    }

    Path log() {
        return log;
    }

    CompletableFuture<Process> onExit() {
        return process.onExit();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    int exitCode() {
        return process.exitValue();
    }

    boolean isReady(HttpClient http) {
        HttpRequest request = HttpRequest.newBuilder(definition.readinessUri()).timeout(Duration.ofSeconds(2)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Whether its JVM records a class-data archive, which it writes as it exits. */
    boolean recordsClassData() {
        return classes.records();
    }

    /** Sends SIGTERM, which Spring Boot answers with a graceful shutdown. */
    void requestStop() {
        process.destroy();
    }

    /**
     * Waits until {@code deadline} for the process to end, then kills it. A JVM that ended by itself keeps
     * the class-data archive it recorded, if it recorded one.
     *
     * @return whether it had to be killed
     */
    boolean awaitStop(Instant deadline) throws InterruptedException {
        long remaining = Math.max(0, Duration.between(Instant.now(), deadline).toMillis());
        if (process.waitFor(remaining, TimeUnit.MILLISECONDS)) {
            classes.keepRecordedArchive();
            return false;
        }
        process.destroyForcibly();
        process.waitFor(5, TimeUnit.SECONDS);
        return true;
    }

    /** The last lines this run wrote to the log. */
    List<String> logTail(int lines) {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            // At most the last MiB: plenty for a few dozen lines, however much this run logged.
            byte[] bytes = new byte[(int) Math.min(file.length() - logOffset, 1 << 20)];
            file.seek(file.length() - bytes.length);
            file.readFully(bytes);
            List<String> all = Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\\R"));
            List<String> tail = all.subList(Math.max(0, all.size() - lines), all.size());
            // a restart's header follows the blank line that parts it from the run before
            return tail.isEmpty() || !tail.get(0).isEmpty() ? tail : tail.subList(1, tail.size());
        } catch (IOException e) {
            return List.of("(could not read " + log + ": " + e.getMessage() + ")");
        }
    }
}
