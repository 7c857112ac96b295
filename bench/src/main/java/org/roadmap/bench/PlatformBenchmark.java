package org.roadmap.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ch.qos.logback.classic.Level;
import org.slf4j.LoggerFactory;

/**
 * The whole platform from the launcher's jar (fresh data directory, ports from {@code --port-base}), signed in
 * as the working group's {@code wg-admin}, whose recipient is made immediate and follows the seeded road map's
 * deadlines:
 * <ol>
 * <li>writes end to end at a steady offered load ({@link EndToEndWrites}), against a raw Kafka round trip;</li>
 * <li>the dashboard's reads ({@link DashboardReads}) on the seeded road map (the baseline), then again after
 * adding {@code --commitments} commitments to it, with the time the outbox took to relay their events
 * ({@code --commitments=0} leaves the reads out).</li>
 * </ol>
 * The gateway's rate limits (20/s per client and route) would be what is measured, so they are raised for the
 * run through the launcher's {@code --service-jvm-opts}. Figures go to {@code --results}, beside the previous run's.
 * With {@code --knee=50,100,200}, the write path is measured again at each of those rates ({@code --knee-seconds}
 * each) to find the highest whose write-to-inbox p99 stays within 250 ms; with {@code --knee-warm-up-seconds}, after
 * that long at the highest of them first, not counted: the JVMs (the launcher's and this one's compile for a minute or
 * more at a rate they have not run at before) measured as they run on, not as they warm up.
 * Options: {@code --rate=5 --seconds=60 --knee= --knee-seconds=30 --knee-warm-up-seconds=0 --commitments=10000
 * --reads=100 --clients=4 --port-base=18180 --results=bench/results/platform.json
 * --launcher-jar=launcher/target/roadmap-launcher.jar --launcher-jvm-opts= --trace-dir=}, and
 * {@code --extra-service-jvm-opts="..."} added to the services' options (a flight recording of each, say);
 * {@code --trace-dir} keeps each write's timings, one CSV file a run.
 */
final class PlatformBenchmark {

    private static final String USER = "wg-admin";
    private static final String RAISED_LIMITS = LaunchedPlatform.SERVICE_JVM_OPTS
            + " -Droadmap.gateway.limits.defaults.requests-per-second=100000"
            + " -Droadmap.gateway.limits.defaults.burst=100000";

    private static final int KNEE_P99_MS = 250;

    private final double rate;
    // with --extra-service-jvm-opts, e.g. a flight recording of each service under the load
    private final String serviceJvmOpts;
    private final int seconds;
    private final List<Double> kneeRates;
    private final int kneeSeconds;
    private final int kneeWarmUpSeconds;
    private final Path traceDir;
    private final int commitments;
    private final int reads;
    private final int clients;
    private final int portBase;
    private final Path results;
    private final String launcherJar;
    private final String launcherJvmOpts;

    PlatformBenchmark(Map<String, String> options) {
        this.rate = Double.parseDouble(options.getOrDefault("rate", "5"));
        this.seconds = Integer.parseInt(options.getOrDefault("seconds", "60"));
        this.kneeRates = options.containsKey("knee") ? Arrays.stream(options.get("knee").split(","))
                .map(String::strip).map(Double::parseDouble).toList() : List.of();
        this.kneeSeconds = Integer.parseInt(options.getOrDefault("knee-seconds", "30"));
        this.kneeWarmUpSeconds = Integer.parseInt(options.getOrDefault("knee-warm-up-seconds", "0"));
        this.traceDir = options.containsKey("trace-dir") ? Path.of(options.get("trace-dir")) : null;
        this.commitments = Integer.parseInt(options.getOrDefault("commitments", "10000"));
        this.reads = Integer.parseInt(options.getOrDefault("reads", "100"));
        this.clients = Integer.parseInt(options.getOrDefault("clients", "4"));
        this.portBase = Integer.parseInt(options.getOrDefault("port-base", "18180"));
        this.results = Path.of(options.getOrDefault("results", "bench/results/platform.json"));
        this.launcherJar = options.get("launcher-jar");
        this.launcherJvmOpts = options.getOrDefault("launcher-jvm-opts", "");
        this.serviceJvmOpts = (RAISED_LIMITS + " " + options.getOrDefault("extra-service-jvm-opts", "")).trim();
    }

    void run() throws Exception {
        // the Kafka clients' settings, logged at INFO by each client, would bury the figures
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("org.apache.kafka")).setLevel(Level.WARN);
        Path jar = LaunchedPlatform.requireJar(launcherJar);
        Map<String, Double> figures = DataDirectory.use("roadmap-platform-bench", data -> measure(jar, data));
        ResultsFile.compareAndKeep(results, figures);
    }

    private Map<String, Double> measure(Path jar, Path data) throws Exception {
        System.out.printf("Starting the platform from %s on ports %d-%d, data in %s%n", jar, portBase, portBase + 12, data);
        System.out.println("The gateway's rate limits are raised for this run (launcher option --service-jvm-opts=\""
                + serviceJvmOpts + "\"), so they are not what is measured.");
        Map<String, Double> figures = new LinkedHashMap<>();
        try (LaunchedPlatform platform = LaunchedPlatform.start(jar, launcherJvmOpts, portBase, data,
                "--service-jvm-opts=" + serviceJvmOpts)) {
            Map<String, Double> ready = platform.awaitReady(Duration.ofMinutes(5));
            double up = ready.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
            System.out.printf(Locale.ROOT, "Platform ready after %.1f s%n", up);
            figures.put("platform.ready-s", up);
            String token = PlatformApi.token(platform, USER);
            PlatformApi gateway = PlatformApi.of(platform.url("gateway"), token);

            ImmediateFollower follower = ImmediateFollower.setUp(gateway, USER);
            EndToEndWrites steady = new EndToEndWrites(platform, gateway, follower.seededCommitments(), rate, seconds,
                    "write", 0, traceDir);
            figures.putAll(steady.run());
            figures.putAll(knee(platform, gateway, steady));
            follower.stopFollowing();

            if (commitments > 0) {
                DashboardReads dashboard = new DashboardReads(gateway, reads, clients);
                DashboardReads.Measured seeded = dashboard.run("seeded");
                figures.putAll(new RoadMapGrowth(PlatformApi.of(platform.url("commitments-service"), token),
                        gateway).add(commitments));
                DashboardReads.Measured grown = dashboard.run(commitments + " more");
                printReads(seeded, grown, figures);
            }
        }
        return figures;
    }

    /**
     * The write path at each of the {@code --knee} rates in turn, {@code --knee-seconds} each: the knee is the
     * highest offered rate whose write-to-inbox p99 stays within {@value #KNEE_P99_MS} ms.
     */
    private Map<String, Double> knee(LaunchedPlatform platform, PlatformApi gateway, EndToEndWrites steady)
            throws Exception {
        Map<String, Double> figures = new LinkedHashMap<>();
        double knee = 0;
        int day = steady.days();
        EndToEndWrites previous = steady;
        if (kneeWarmUpSeconds > 0 && !kneeRates.isEmpty()) {
            double highest = kneeRates.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
            System.out.printf(Locale.ROOT, "%nWarm-up of the knee: %d s at %.0f/s, not counted%n", kneeWarmUpSeconds,
                    highest);
            EndToEndWrites warmUp = new EndToEndWrites(platform, gateway, previous.commitmentsAfter(), highest,
                    kneeWarmUpSeconds, "knee.warm-up", day, traceDir);
            figures.putAll(warmUp.run());
            day += warmUp.days();
            previous = warmUp;
        }
        for (double offered : kneeRates) {
            // each run sends the ETags the previous one was answered, and moves deadlines to days not used yet
            EndToEndWrites writes = new EndToEndWrites(platform, gateway, previous.commitmentsAfter(), offered,
                    kneeSeconds, "knee." + (int) offered, day, traceDir);
            Map<String, Double> measured = writes.run();
            day += writes.days();
            previous = writes;
            figures.putAll(measured);
            Double p99 = measured.get("knee." + (int) offered + ".inbox.p99-ms");
            String at = "knee." + (int) offered;
            // every write answered and in the inbox: a rate whose writes failed has no latency to speak of, and one
            // superseded had its alert still pending when its commitment's next write came, seconds later
            boolean within = p99 != null && p99 <= KNEE_P99_MS && measured.get(at + ".missing") == 0
                    && measured.get(at + ".superseded") == 0 && measured.get(at + ".failed") == 0;
            if (within && offered > knee) {
                knee = offered;
            }
        }
        if (!kneeRates.isEmpty()) {
            System.out.printf(Locale.ROOT, "%nKnee: the highest offered rate with write-to-inbox p99 <= %d ms: %.0f/s "
                    + "(tried %s)%n", KNEE_P99_MS, knee, kneeRates);
            figures.put("knee.highest-rate-within-p99", knee);
        }
        return figures;
    }

    private void printReads(DashboardReads.Measured seeded, DashboardReads.Measured grown, Map<String, Double> figures) {
        System.out.printf(Locale.ROOT, "%nRead path through the gateway, %d operations each (after %d warm-up); "
                + "the seeded road map (61 commitments) is the baseline%n", reads, Math.max(1, reads / 5));
        seeded.latencies().forEach((operation, before) -> {
            Latencies after = grown.latencies().get(operation);
            int errorsBefore = seeded.errors().get(operation);
            int errorsAfter = grown.errors().get(operation);
            System.out.println("  " + before.line() + (errorsBefore == 0 ? "" : "  " + errorsBefore + " with errors"));
            System.out.println("  " + after.line() + (errorsAfter == 0 ? "" : "  " + errorsAfter + " with errors"));
            System.out.printf(Locale.ROOT, "  => %s: p50 x%.2f, p99 x%.2f, throughput x%.2f of the seeded road map%n",
                    operation, after.percentileMillis(50) / before.percentileMillis(50),
                    after.percentileMillis(99) / before.percentileMillis(99), after.perSecond() / before.perSecond());
            figures.putAll(before.figures("read.seeded." + operation));
            figures.putAll(after.figures("read.grown." + operation));
            figures.put("read.seeded." + operation + ".errors", (double) errorsBefore);
            figures.put("read.grown." + operation + ".errors", (double) errorsAfter);
            figures.put("read.ratio." + operation + ".p50", after.percentileMillis(50) / before.percentileMillis(50));
            figures.put("read.ratio." + operation + ".p99", after.percentileMillis(99) / before.percentileMillis(99));
            figures.put("read.ratio." + operation + ".per-s", after.perSecond() / before.perSecond());
        });
    }
}
