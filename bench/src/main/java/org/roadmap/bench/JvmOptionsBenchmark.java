package org.roadmap.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which JVM options the services should run with: for each candidate set, the whole platform from the launcher's
 * jar on ports of its own and a fresh data directory, started with {@code --service-jvm-opts} and
 * {@code --service-startup}; how long its first start took until every part was ready, the CPU it spent on it and
 * its resident memory; then, from 8 clients at once after a warm-up, an authenticated small read straight at
 * commitments-service ({@code GET /api/v1/road-maps} with a client-credentials token) against the baseline of the
 * same run: a bare Spring Boot web app's {@code GET /hello} ({@link HelloApp}) in a JVM of its own with the same
 * options, under the same client, the two loads in alternating chunks. Then a restart on the same data (where a
 * class-data archive recorded by the first run is used). Sets are measured in alternating order over the rounds;
 * the table shows each figure's median and its spread. Linux only (CPU and RSS from /proc).
 * <p>
 * A set is a base and modifiers: {@code c1} (C1 only, the options before ADR 12), {@code c2} (full tiered
 * compilation), {@code default} (the launcher's default options), or {@code NAME} given as
 * {@code --opts.NAME="..."}; {@code +jar}, {@code +extracted}, {@code +cds} choose {@code --service-startup} (the
 * launcher's default when none, so that a launcher without the option can be measured too), {@code +lazy} adds
 * {@code -Dspring.main.lazy-initialization=true}, {@code +xms64} adds {@code -Xms64m}.
 * Options: {@code --sets=c1,c1+cds,c2,c2+cds --requests=3000 --warmup=3000 --alternations=3 --clients=8 --rounds=2
 * --restarts=true --user=staff-reader --port-base=28080 --launcher-jar=PATH --results=bench/results/jvm.json}.
 */
final class JvmOptionsBenchmark {

    /** The services' options before ADR 12: C1 only. */
    static final String C1 = "-Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k";
    static final String C2 = "-Xmx256m -XX:+UseSerialGC -Xss512k";
    private static final String LAZY = "-Dspring.main.lazy-initialization=true";

    private final Map<String, String> options;
    private final List<String> sets;
    private final int requests;
    private final int warmup;
    private final int clients;
    private final int rounds;
    private final int alternations;
    private final boolean restarts;
    private final String user;
    private final int portBase;
    private final Path results;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    JvmOptionsBenchmark(Map<String, String> options) {
        this.options = options;
        this.sets = List.of(options.getOrDefault("sets", "c1,c1+cds,c2,c2+cds").split(","));
        this.requests = Integer.parseInt(options.getOrDefault("requests", "3000"));
        this.warmup = Integer.parseInt(options.getOrDefault("warmup", String.valueOf(requests)));
        this.clients = Integer.parseInt(options.getOrDefault("clients", "8"));
        this.rounds = Integer.parseInt(options.getOrDefault("rounds", "2"));
        this.alternations = Integer.parseInt(options.getOrDefault("alternations", "3"));
        this.restarts = Boolean.parseBoolean(options.getOrDefault("restarts", "true"));
        this.user = options.getOrDefault("user", "staff-reader");
        this.portBase = Integer.parseInt(options.getOrDefault("port-base", "28080"));
        this.results = Path.of(options.getOrDefault("results", "bench/results/jvm.json"));
    }

    /** One candidate: the services' JVM options and how their JVMs find their classes. */
    record OptionSet(String name, String jvmOptions, String startup) {

        static OptionSet parse(String name, Map<String, String> options) {
            List<String> parts = List.of(name.trim().split("\\+"));
            String base = parts.get(0);
            String jvmOptions = switch (base) {
                case "c1" -> C1;
                case "c2" -> C2;
                case "default" -> LaunchedPlatform.SERVICE_JVM_OPTS;
                default -> {
                    String given = options.get("opts." + base);
                    if (given == null) {
                        throw new IllegalArgumentException("No option set " + base
                                + ": c1, c2, default, or give --opts." + base + "=\"...\"");
                    }
                    yield given.trim();
                }
            };
            String startup = null;
            for (String modifier : parts.subList(1, parts.size())) {
                switch (modifier) {
                    case "jar", "extracted", "cds" -> startup = modifier;
                    case "lazy" -> jvmOptions = jvmOptions + " " + LAZY;
                    default -> {
                        if (!modifier.matches("xms\\d+")) {
                            throw new IllegalArgumentException("Unknown modifier +" + modifier + " in " + name
                                    + ": +jar, +extracted, +cds, +lazy, +xms<MiB>");
                        }
                        jvmOptions = jvmOptions + " -Xms" + modifier.substring(3) + "m";
                    }
                }
            }
            return new OptionSet(name.trim(), jvmOptions, startup);
        }
    }

    /** One start of the platform: until every part was ready, the CPU the JVMs spent meanwhile, resident memory. */
    record Start(double readySeconds, double cpuSeconds, double rssMib) {
    }

    /** What one round measured of one set. */
    /** The requests to one target, and the CPU its JVM spent on each, in milliseconds. */
    record Load(Latencies latencies, double cpuMillisPerRequest) {
    }

    record Measured(Start first, Start restart, double rssAfterLoadMib, Load roadMaps, Load hello) {

        double ratio() {
            return roadMaps.latencies().perSecond() / hello.latencies().perSecond();
        }

        /** The ratio of the server's CPU per request: what the client and the rest of the machine weigh on less. */
        double cpuRatio() {
            return hello.cpuMillisPerRequest() / roadMaps.cpuMillisPerRequest();
        }
    }

    void run() throws Exception {
        Path jar = LaunchedPlatform.requireJar(options.get("launcher-jar"));
        List<OptionSet> candidates = sets.stream().map(name -> OptionSet.parse(name, options)).toList();
        Map<OptionSet, List<Measured>> measured = new LinkedHashMap<>();
        candidates.forEach(set -> measured.put(set, new ArrayList<>()));
        System.out.printf(Locale.ROOT, "JVM options: %d sets, %d rounds; %d requests (after %d to warm up) from %d"
                + " clients of GET /api/v1/road-maps as %s straight at commitments-service, and of GET /hello on a bare"
                + " Boot app%n",
                candidates.size(), rounds, requests, warmup, clients, user);
        candidates.forEach(set -> System.out.printf("  %-22s %s, --service-startup=%s%n", set.name(), set.jvmOptions(),
                set.startup() == null ? "(the launcher's default)" : set.startup()));
        for (int round = 1; round <= rounds; round++) {
            List<OptionSet> order = new ArrayList<>(candidates);
            if (round % 2 == 0) {
                Collections.reverse(order);
            }
            for (OptionSet set : order) {
                Measured one;
                try {
                    one = measure(jar, set);
                } catch (Exception | AssertionError e) {
                    System.out.printf("round %d %-22s failed: %s%n", round, set.name(), e.getMessage());
                    continue;
                }
                measured.get(set).add(one);
                System.out.printf(Locale.ROOT, "round %d %-22s first start %5.1f s (%5.1f s CPU) %5.0f MiB%s;"
                                + " road-maps %7.1f/s (p50 %.2f ms, p99 %.2f ms, %.2f ms CPU),"
                                + " hello %7.1f/s (%.2f ms CPU) => %.3f (CPU %.3f)%n",
                        round, set.name(), one.first().readySeconds(), one.first().cpuSeconds(), one.first().rssMib(),
                        one.restart() == null ? "" : String.format(Locale.ROOT,
                                ", restart %5.1f s (%5.1f s CPU) %5.0f MiB",
                                one.restart().readySeconds(), one.restart().cpuSeconds(), one.restart().rssMib()),
                        one.roadMaps().latencies().perSecond(), one.roadMaps().latencies().percentileMillis(50),
                        one.roadMaps().latencies().percentileMillis(99), one.roadMaps().cpuMillisPerRequest(),
                        one.hello().latencies().perSecond(), one.hello().cpuMillisPerRequest(), one.ratio(),
                        one.cpuRatio());
            }
        }
        ResultsFile.compareAndKeep(results, report(measured));
    }

    /** On a fresh data directory, deleted afterwards unless a start failed: its logs say why. */
    private Measured measure(Path jar, OptionSet set) throws Exception {
        return DataDirectory.use("roadmap-jvm", data -> {
            Start first;
            Load roadMaps;
            Load hello;
            double rssAfterLoad;
            try (LaunchedPlatform platform = start(jar, data, set)) {
                first = measureStart(platform);
                String bearer = "Bearer " + PlatformApi.token(platform, user);
                try (HelloProcess helloApp = HelloProcess.start(set, portBase + 20)) {
                    Target read = new Target("road-maps " + set.name(),
                            platform.url("commitments-service") + "/api/v1/road-maps", bearer,
                            platform.servicePid("commitments-service").orElseThrow());
                    Target bare = new Target("hello " + set.name(), helloApp.awaitUrl(http), null, helloApp.pid());
                    List<Load> both = alternate(read, bare);
                    roadMaps = both.get(0);
                    hello = both.get(1);
                }
                rssAfterLoad = ProcessUsage.rssMib(platform.launcherPid()) + services(platform).stream()
                        .mapToDouble(ProcessUsage::rssMib).sum();
            }
            Start restart = null;
            if (restarts) {
                try (LaunchedPlatform platform = start(jar, data, set)) {
                    restart = measureStart(platform);
                }
            }
            return new Measured(first, restart, rssAfterLoad, roadMaps, hello);
        });
    }

    private LaunchedPlatform start(Path jar, Path data, OptionSet set) throws IOException {
        if (set.startup() == null) {
            return LaunchedPlatform.start(jar, portBase, data, "--service-jvm-opts=" + set.jvmOptions());
        }
        return LaunchedPlatform.start(jar, portBase, data, "--service-jvm-opts=" + set.jvmOptions(),
                "--service-startup=" + set.startup());
    }

    private static Start measureStart(LaunchedPlatform platform) throws Exception {
        Map<String, Double> ready = platform.awaitReady(Duration.ofMinutes(5));
        double seconds = ready.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        // the launcher's own CPU holds its children it waited for: the extraction of the services' jars
        double cpu = ProcessUsage.cpuSecondsWithWaitedForChildren(platform.launcherPid()) + services(platform).stream()
                .mapToDouble(pid -> ProcessUsage.cpuSeconds(pid)).sum();
        Thread.sleep(2_000);
        double rss = ProcessUsage.rssMib(platform.launcherPid()) + services(platform).stream()
                .mapToDouble(ProcessUsage::rssMib).sum();
        return new Start(seconds, cpu, rss);
    }

    private static List<Long> services(LaunchedPlatform platform) {
        List<Long> pids = new ArrayList<>();
        for (String part : Platform.PARTS) {
            pids.add(platform.servicePid(part).orElseThrow(() ->
                    new IllegalStateException("No process of " + part + " under the launcher")));
        }
        return pids;
    }

    /** What the clients call: a URL, with a bearer token or none, served by the JVM {@code pid}. */
    private record Target(String name, String url, String bearer, long pid) {
    }

    /**
     * Both warmed up, then the measured requests of each in {@code --alternations} chunks, one target's after the
     * other's, so that whatever else the machine does meanwhile weighs on both alike.
     *
     * @return each target's latencies, its throughput over the time of its own chunks, and its JVM's CPU per request
     */
    private List<Load> alternate(Target first, Target second) throws Exception {
        send(first.url(), first.bearer(), warmup);
        send(second.url(), second.bearer(), warmup);
        List<Target> targets = List.of(first, second);
        List<List<long[]>> chunks = List.of(new ArrayList<>(), new ArrayList<>());
        long[] elapsed = new long[2];
        double[] cpu = new double[2];
        for (int a = 0; a < alternations; a++) {
            int share = requests / alternations + (a < requests % alternations ? 1 : 0);
            for (int t = 0; t < 2; t++) {
                double cpuBefore = ProcessUsage.cpuSeconds(targets.get(t).pid());
                long started = System.nanoTime();
                chunks.get(t).add(send(targets.get(t).url(), targets.get(t).bearer(), share));
                elapsed[t] += System.nanoTime() - started;
                cpu[t] += ProcessUsage.cpuSeconds(targets.get(t).pid()) - cpuBefore;
            }
        }
        List<Load> measured = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            long[] nanos = chunks.get(t).stream().flatMapToLong(Arrays::stream).toArray();
            measured.add(new Load(Latencies.of(targets.get(t).name(), nanos, 0, elapsed[t]),
                    cpu[t] * 1000 / nanos.length));
        }
        return measured;
    }

    private long[] send(String url, String bearer, int total) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (bearer != null) {
            builder.header("Authorization", bearer);
        }
        HttpRequest request = builder.build();
        return ConcurrentClients.run(clients, total, (client, i) -> {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + response.statusCode() + ": "
                        + new String(response.body(), StandardCharsets.UTF_8));
            }
        });
    }

    /** Medians over the rounds, with the smallest and largest, kept per set; the table printed. */
    private Map<String, Double> report(Map<OptionSet, List<Measured>> measured) {
        Map<String, Double> figures = new LinkedHashMap<>();
        System.out.printf("%nMedians over %d rounds [smallest-largest]; the ratio is road-maps/s over hello/s, the"
                + " CPU/request ratio hello's CPU per request over road-maps'%n", rounds);
        System.out.printf("%-22s %-18s %-18s %-18s %-18s %-16s %-18s %-18s %-20s %s%n", "set", "first start s",
                "first start CPU s", "restart s", "restart CPU s", "RSS MiB", "road-maps /s", "hello /s", "ratio",
                "CPU/request ratio");
        measured.forEach((set, runs) -> {
            if (runs.isEmpty()) {
                System.out.printf("%-22s failed in every round%n", set.name());
                return;
            }
            Map<String, List<Double>> values = new LinkedHashMap<>();
            for (Measured run : runs) {
                add(values, "first-start-s", run.first().readySeconds());
                add(values, "first-start-cpu-s", run.first().cpuSeconds());
                if (run.restart() != null) {
                    add(values, "restart-s", run.restart().readySeconds());
                    add(values, "restart-cpu-s", run.restart().cpuSeconds());
                }
                add(values, "rss-mib", run.first().rssMib());
                add(values, "rss-after-load-mib", run.rssAfterLoadMib());
                add(values, "road-maps-per-s", run.roadMaps().latencies().perSecond());
                add(values, "road-maps-p50-ms", run.roadMaps().latencies().percentileMillis(50));
                add(values, "road-maps-p99-ms", run.roadMaps().latencies().percentileMillis(99));
                add(values, "road-maps-cpu-ms", run.roadMaps().cpuMillisPerRequest());
                add(values, "hello-per-s", run.hello().latencies().perSecond());
                add(values, "hello-p50-ms", run.hello().latencies().percentileMillis(50));
                add(values, "hello-p99-ms", run.hello().latencies().percentileMillis(99));
                add(values, "hello-cpu-ms", run.hello().cpuMillisPerRequest());
                add(values, "ratio", run.ratio());
                add(values, "cpu-ratio", run.cpuRatio());
            }
            values.forEach((figure, list) -> {
                figures.put(set.name() + "." + figure, median(list));
                if (list.size() > 1) {
                    figures.put(set.name() + "." + figure + ".min", Collections.min(list));
                    figures.put(set.name() + "." + figure + ".max", Collections.max(list));
                }
            });
            System.out.printf("%-22s %-18s %-18s %-18s %-18s %-16s %-18s %-18s %-20s %s%n", set.name(),
                    cell(values, "first-start-s", "%.1f"), cell(values, "first-start-cpu-s", "%.0f"),
                    cell(values, "restart-s", "%.1f"), cell(values, "restart-cpu-s", "%.0f"),
                    cell(values, "rss-mib", "%.0f"), cell(values, "road-maps-per-s", "%.0f"),
                    cell(values, "hello-per-s", "%.0f"), cell(values, "ratio", "%.3f"),
                    cell(values, "cpu-ratio", "%.3f"));
        });
        return figures;
    }

    private static void add(Map<String, List<Double>> values, String figure, double value) {
        values.computeIfAbsent(figure, f -> new ArrayList<>()).add(value);
    }

    private static String cell(Map<String, List<Double>> values, String figure, String format) {
        List<Double> list = values.get(figure);
        if (list == null) {
            return "-";
        }
        String median = String.format(Locale.ROOT, format, median(list));
        return list.size() < 2 ? median : median + String.format(Locale.ROOT, " [" + format + "-" + format + "]",
                Collections.min(list), Collections.max(list));
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

}
