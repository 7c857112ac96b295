package org.roadmap.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;


/**
 * Start-up time and resident memory of each service and of the whole embedded platform, from the
 * launcher's jar on ports of its own and a fresh data directory: a first start (which seeds the
 * road map) and a restart on the same data. The baseline, in the same run, is a JVM with the same
 * options that does nothing. Results go to a JSON file, and the previous file's figures are shown
 * beside the new ones. Linux only (RSS from /proc).
 * Options: {@code --launcher-jar=PATH (found next to the build by default) --port-base=18080
 * --results=bench/results/footprint.json}.
 */
final class FootprintBenchmark {

    private static final List<String> SERVICES = List.of("identity", "commitments-service", "meetings-service",
            "notifications-service", "gateway");
    // the launcher's default options of each service JVM, so the baseline is like for like
    private static final String SERVICE_JVM_OPTS = LaunchedPlatform.SERVICE_JVM_OPTS;

    private final String launcherJar;
    private final int portBase;
    private final Path results;

    FootprintBenchmark(Map<String, String> options) {
        this.launcherJar = options.get("launcher-jar");
        this.portBase = Integer.parseInt(options.getOrDefault("port-base", "18080"));
        this.results = Path.of(options.getOrDefault("results", "bench/results/footprint.json"));
    }

    void run() throws Exception {
        Path jar = LaunchedPlatform.requireJar(launcherJar);
        Map<String, Double> figures = new LinkedHashMap<>();
        Sample idle = idleJvm();
        figures.put("baseline.idle-jvm.start-s", idle.seconds());
        figures.put("baseline.idle-jvm.rss-mib", idle.rssMib());
        figures.put("baseline.idle-jvm.cpu-s", idle.cpuSeconds());
        System.out.printf(Locale.ROOT, "Baseline: an idle JVM (%s) up in %.2f s, %.0f MiB resident%n",
                SERVICE_JVM_OPTS, idle.seconds(), idle.rssMib());

        DataDirectory.use("roadmap-footprint", data -> {
            startTwice(jar, data, idle, figures);
            return null;
        });
        ResultsFile.compareAndKeep(results, figures);
    }

    /** A first start that seeds, then a restart, on the same data. */
    private void startTwice(Path jar, Path data, Sample idle, Map<String, Double> figures) throws Exception {
        for (String start : List.of("first-start", "restart")) {
            Map<String, Sample> samples = platform(jar, data);
            double total = 0;
            double cpu = 0;
            for (Map.Entry<String, Sample> sample : samples.entrySet()) {
                figures.put(start + "." + sample.getKey() + ".ready-s", sample.getValue().seconds());
                figures.put(start + "." + sample.getKey() + ".rss-mib", sample.getValue().rssMib());
                figures.put(start + "." + sample.getKey() + ".cpu-s", sample.getValue().cpuSeconds());
                total += sample.getValue().rssMib();
                cpu += sample.getValue().cpuSeconds();
                System.out.printf(Locale.ROOT,
                        "%-12s %-26s %s  %5.0f MiB  (x%.1f of the idle JVM's memory)  %5.1f s of CPU to ready%n",
                        start, sample.getKey(), sample.getValue().seconds() == 0 ? "                   "
                                : String.format(Locale.ROOT, "ready after %6.1f s", sample.getValue().seconds()),
                        sample.getValue().rssMib(), sample.getValue().rssMib() / idle.rssMib(),
                        sample.getValue().cpuSeconds());
            }
            double platformReady = samples.values().stream().mapToDouble(Sample::seconds).max().orElse(0);
            figures.put(start + ".platform.ready-s", platformReady);
            figures.put(start + ".platform.rss-mib", total);
            figures.put(start + ".platform.cpu-s", cpu);
            System.out.printf(Locale.ROOT,
                    "%-12s whole platform             ready after %6.1f s  %5.0f MiB"
                            + "  (x%.1f of the idle JVM's start-up)  %5.1f s of CPU to ready%n",
                    start, platformReady, total, platformReady / idle.seconds(), cpu);
        }
    }

    /**
     * When a part was ready, its resident memory, and the CPU it had used by the time the whole platform was ready:
     * on two shared cores the steadier measure of a start (the jar extractions' own JVMs are not counted).
     */
    private record Sample(double seconds, double rssMib, double cpuSeconds) {
    }

    private Sample idleJvm() throws Exception {
        List<String> command = new ArrayList<>(List.of(javaBinary()));
        command.addAll(List.of(SERVICE_JVM_OPTS.split(" ")));
        String classPath = System.getProperty("java.class.path");
        if (classPath.endsWith(".jar") && !classPath.contains(java.io.File.pathSeparator)) {
            // inside the benchmark's own executable jar, whose classes only its loader finds
            command.addAll(List.of("-Dloader.main=" + IdleJvm.class.getName(), "-cp", classPath,
                    "org.springframework.boot.loader.launch.PropertiesLauncher"));
        } else {
            command.addAll(List.of("-cp", classPath, IdleJvm.class.getName()));
        }
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            out.readLine();
            double seconds = (System.nanoTime() - started) / 1e9;
            double cpu = ProcessUsage.cpuSeconds(process.pid());
            Thread.sleep(1_000);
            return new Sample(seconds, ProcessUsage.rssMib(process.pid()), cpu);
        } finally {
            process.destroy();
            process.waitFor();
        }
    }

    /** Starts the platform, waits for every part's readiness, measures, and stops it. */
    private Map<String, Sample> platform(Path jar, Path data) throws Exception {
        try (LaunchedPlatform platform = LaunchedPlatform.start(jar, portBase, data)) {
            Map<String, Double> ready = platform.awaitReady(Duration.ofMinutes(5));
            Map<String, Long> pids = new LinkedHashMap<>();
            pids.put("launcher (Kafka, MongoDB)", platform.launcherPid());
            for (String service : SERVICES) {
                pids.put(service, platform.servicePid(service).orElseThrow(() ->
                        new IllegalStateException("No process of " + service + " under the launcher")));
            }
            Map<String, Double> cpu = new LinkedHashMap<>();
            for (Map.Entry<String, Long> part : pids.entrySet()) {
                cpu.put(part.getKey(), ProcessUsage.cpuSeconds(part.getValue()));
            }
            Thread.sleep(2_000);
            Map<String, Sample> samples = new LinkedHashMap<>();
            for (Map.Entry<String, Long> part : pids.entrySet()) {
                samples.put(part.getKey(), new Sample(ready.getOrDefault(part.getKey(), 0.0), ProcessUsage.rssMib(part.getValue()),
                        cpu.get(part.getKey())));
            }
            return samples;
        }
    }


    private static String javaBinary() {
        return LaunchedPlatform.javaBinary();
    }
}
