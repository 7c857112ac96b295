package org.roadmap.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.roadmap.launcher.PlatformParts;

/**
 * The whole platform from the launcher's jar, as a process of its own, on the ports of {@link Platform}: as a user
 * runs it, and measured apart from the benchmark's JVM. Closing it stops the launcher, which stops everything it
 * started.
 */
final class LaunchedPlatform implements Platform, AutoCloseable {

    /** The launcher's default options of each service JVM. */
    static final String SERVICE_JVM_OPTS = PlatformParts.DEFAULT_SERVICE_JVM_OPTS;

    private final Process launcher;
    private final Path data;
    private final int portBase;
    private final long startedAt;
    private final Thread stopOnExit;

    private LaunchedPlatform(Process launcher, Path data, int portBase, long startedAt) {
        this.launcher = launcher;
        this.data = data;
        this.portBase = portBase;
        this.startedAt = startedAt;
        // Ctrl-C on the benchmark must not leave the platform running on its ports
        this.stopOnExit = new Thread(launcher::destroy, "stop-launched-platform");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
    }

    /** Starts the launcher on {@code data} (a fresh directory seeds the road map); {@code extra} are more launcher options. */
    static LaunchedPlatform start(Path launcherJar, int portBase, Path data, String... extra) throws IOException {
        return start(launcherJar, "", portBase, data, extra);
    }

    /** As {@link #start(Path, int, Path, String...)}, with options of the launcher's own JVM (space-separated). */
    static LaunchedPlatform start(Path launcherJar, String launcherJvmOpts, int portBase, Path data, String... extra)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(javaBinary()));
        Arrays.stream(launcherJvmOpts.trim().split("\\s+")).filter(o -> !o.isEmpty()).forEach(command::add);
        command.addAll(List.of("-jar", launcherJar.toString()));
        command.addAll(Platform.launcherOptions(portBase, data));
        command.addAll(List.of(extra));
        long started = System.nanoTime();
        Files.createDirectories(data);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(data.resolve("launcher-" + System.currentTimeMillis() + ".log").toFile()).start();
        return new LaunchedPlatform(process, data, portBase, started);
    }

    /** The launcher's jar: as given, else where the build leaves it. */
    static Optional<Path> findJar(String given) {
        if (given != null) {
            return Optional.of(Path.of(given));
        }
        return Platform.launcherBuild().map(target -> target.resolve("roadmap-launcher.jar")).filter(Files::isRegularFile);
    }

    /** The launcher's jar, given or found next to the build, or a failure that says how to build it. */
    static Path requireJar(String given) {
        return findJar(given).filter(Files::isRegularFile).orElseThrow(() -> new IllegalStateException(
                "No launcher jar" + (given == null ? "" : " at " + given) + ": build it first (./mvnw -q -DskipTests package)"));
    }

    /**
     * Waits until every part answers its readiness probe.
     *
     * @return seconds from the start until each part was ready
     */
    Map<String, Double> awaitReady(Duration timeout) throws InterruptedException {
        Map<String, Double> ready = new LinkedHashMap<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (ready.size() < PARTS.size()) {
            if (System.nanoTime() > deadline || !launcher.isAlive()) {
                throw new IllegalStateException("The platform did not get ready; see the launcher log in " + data);
            }
            for (String part : PARTS) {
                if (!ready.containsKey(part) && isReady(part)) {
                    ready.put(part, (System.nanoTime() - startedAt) / 1e9);
                }
            }
            Thread.sleep(100);
        }
        return ready;
    }

    @Override
    public int port(String part) {
        int index = PARTS.indexOf(part);
        if (index < 0) {
            throw new IllegalArgumentException("No part " + part + "; known: " + PARTS);
        }
        return portBase + index;
    }

    @Override
    public String kafkaBootstrapServers() {
        return "127.0.0.1:" + (portBase + 11);
    }

    @Override
    public Path identityDirectory() {
        return data.resolve("identity");
    }

    long launcherPid() {
        return launcher.pid();
    }

    /** The process of one service the launcher started. */
    Optional<Long> servicePid(String service) {
        return launcher.toHandle().descendants()
                .filter(child -> child.info().commandLine().orElse("").contains("/" + service + ".jar"))
                .map(ProcessHandle::pid).findFirst();
    }

    /** Stops the launcher as Ctrl-C would, so it stops its services and broker; forcibly only if it hangs. */
    @Override
    public void close() throws InterruptedException {
        Runtime.getRuntime().removeShutdownHook(stopOnExit);
        launcher.destroy();
        // the launcher gives its services up to 90 s when they write class-data archives as they exit
        if (!launcher.waitFor(120, TimeUnit.SECONDS)) {
            launcher.descendants().forEach(ProcessHandle::destroyForcibly);
            launcher.destroyForcibly().waitFor();
        }
    }

    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
