package org.roadmap.bench;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpServer;
import org.roadmap.commitments.CommitmentsApplication;
import org.roadmap.platform.test.EmbeddedInfrastructure;
import org.roadmap.platform.test.FreePorts;
import org.roadmap.platform.test.TestTokens;
import org.roadmap.platform.test.TestUser;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What the front door costs: the same read requests with the same bearer token sent straight to
 * commitments-service (the baseline) and through the gateway's jar in its own JVM (token checked,
 * rate limit, request id, circuit breaker, security headers), in alternating rounds of the same run,
 * with the seeded Japan–Peru road map. Several clients at once; throughput and p50/p95/p99. Each side is first
 * read from for {@code --warm-up-seconds}, so the rounds measure compiled code, not the compilers at work: a
 * short warm-up measured the JIT (a fifth of 3,000 requests left both sides at a fraction of their rate). The
 * gateway runs with the options the launcher gives every service, unless {@code --gateway-jvm-opts} says
 * otherwise; the service runs in this JVM, as this JVM was started.
 * Options: {@code --requests=10000 --clients=8 --rounds=2 --warm-up-seconds=30 --gateway-jvm-opts="…"
 * --gateway-jar=gateway/target/gateway-…-exec.jar}.
 */
final class GatewayBenchmark {

    private static final String ROAD_MAP = Platform.SEEDED_ROAD_MAP;
    private static final List<String> READS = List.of(
            "/api/v1/commitments?roadMapId=" + ROAD_MAP + "&size=20",
            "/api/v1/road-maps/" + ROAD_MAP + "/progress",
            "/api/v1/commitments?roadMapId=" + ROAD_MAP + "&pillar=III&size=20");

    private final int requests;
    private final int clients;
    private final int rounds;
    private final Duration warmUp;
    private final List<String> gatewayJvmOptions;
    private final Optional<Path> gatewayJar;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final List<Latencies> measurements = new ArrayList<>();
    private final Map<String, Double> cpuPerRequest = new LinkedHashMap<>();
    private final Path results;

    GatewayBenchmark(Map<String, String> options) {
        this.results = Path.of(options.getOrDefault("results", "bench/results/gateway.json"));
        this.requests = Integer.parseInt(options.getOrDefault("requests", "10000"));
        this.clients = Integer.parseInt(options.getOrDefault("clients", "8"));
        this.rounds = Integer.parseInt(options.getOrDefault("rounds", "2"));
        this.warmUp = Duration.ofSeconds(Long.parseLong(options.getOrDefault("warm-up-seconds", "30")));
        this.gatewayJvmOptions = List.of(options.getOrDefault("gateway-jvm-opts", LaunchedPlatform.SERVICE_JVM_OPTS)
                .trim().split("\\s+"));
        this.gatewayJar = Optional.ofNullable(options.get("gateway-jar")).map(Path::of).or(GatewayBenchmark::findGatewayJar);
    }

    /** The gateway's runnable jar: on the classpath in the build, else where the build leaves it. */
    static Optional<Path> findGatewayJar() {
        Stream<Path> onClasspath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.matches(".*gateway-[^/\\\\]*-exec\\.jar")).map(Path::of);
        Stream<Path> built = Stream.of(Path.of("gateway", "target"), Path.of("..", "gateway", "target"))
                .filter(Files::isDirectory).flatMap(dir -> {
                    try (Stream<Path> files = Files.list(dir)) {
                        return files.filter(f -> f.getFileName().toString().matches("gateway-.*-exec\\.jar")).toList().stream();
                    } catch (IOException e) {
                        return Stream.empty();
                    }
                });
        return Stream.concat(onClasspath, built).filter(Files::isRegularFile).findFirst();
    }

    void run() throws Exception {
        Path jar = gatewayJar.orElseThrow(() -> new IllegalStateException(
                "No gateway jar: build it (./mvnw -q -DskipTests -pl gateway -am package) or pass --gateway-jar="));
        String mongoUri = EmbeddedInfrastructure.mongoUri("bench-gateway");
        String kafka = EmbeddedInfrastructure.kafkaBootstrapServers();
        try (ConfigurableApplicationContext service = new SpringApplicationBuilder(CommitmentsApplication.class)
                .run("--server.port=0", "--spring.mongodb.uri=" + mongoUri, "--spring.kafka.bootstrap-servers=" + kafka,
                        "--logging.level.root=WARN",
                        "--spring.security.oauth2.resourceserver.jwt.public-key-location=" + TestTokens.publicKeyLocation(),
                        // the test tokens' issuer is not the local one the service's defaults name
                        "--spring.security.oauth2.resourceserver.jwt.issuer-uri=");
                Issuer issuer = new Issuer()) {
            String direct = "http://127.0.0.1:" + ((WebServerApplicationContext) service).getWebServer().getPort();
            Process gateway = startGateway(jar, direct, issuer.uri());
            try {
                String through = awaitGateway(gateway);
                String bearer = TestTokens.bearer(TestUser.STAFF_READER);
                System.out.printf("%nRead path: %d requests per round from %d clients at once, %d rounds, after %d s"
                        + " of reads from each side; the gateway's JVM options: %s; requests: %s%n", requests, clients,
                        rounds, warmUp.toSeconds(), String.join(" ", gatewayJvmOptions), READS);
                warmUp(direct, bearer);
                warmUp(through, bearer);
                for (int round = 1; round <= rounds; round++) {
                    double ownBefore = ProcessUsage.ownCpuSeconds();
                    Latencies baseline = measure("direct to commitments-service #" + round, direct, bearer);
                    double ownDirect = ProcessUsage.ownCpuSeconds() - ownBefore;
                    double gatewayBefore = ProcessUsage.cpuSeconds(gateway);
                    ownBefore = ProcessUsage.ownCpuSeconds();
                    Latencies gated = measure("through the gateway #" + round, through, bearer);
                    double ownThrough = ProcessUsage.ownCpuSeconds() - ownBefore;
                    double gatewayCpu = ProcessUsage.cpuSeconds(gateway) - gatewayBefore;
                    System.out.println("  " + baseline.line());
                    System.out.println("  " + gated.line());
                    System.out.println("  => " + gated.ratioTo(baseline) + String.format(Locale.ROOT,
                            "; added p50 %.2f ms, p99 %.2f ms", gated.percentileMillis(50) - baseline.percentileMillis(50),
                            gated.percentileMillis(99) - baseline.percentileMillis(99)));
                    keepCpu(round, ownDirect, ownThrough, gatewayCpu);
                    measurements.add(baseline);
                    measurements.add(gated);
                }
            } finally {
                gateway.destroy();
                if (!gateway.waitFor(20, TimeUnit.SECONDS)) {
                    gateway.destroyForcibly();
                }
            }
        }
        save();
    }

    /** Reads for the warm-up's time, in chunks, so both JVMs have compiled the read path before any round. */
    private void warmUp(String base, String bearer) throws Exception {
        long until = System.nanoTime() + warmUp.toNanos();
        while (System.nanoTime() < until) {
            load(base, bearer, 100 * clients);
        }
    }

    /**
     * CPU per request, the measured requests' and their warm-up's: the gateway's own, and this JVM's (the service and
     * the clients) straight and through it. On two shared cores, a steadier measure of the gateway than throughput.
     */
    private void keepCpu(int round, double ownDirect, double ownThrough, double gateway) {
        double requestsMeasured = requests + warmUpRequests();
        double gatewayMs = 1000 * gateway / requestsMeasured;
        double directMs = 1000 * ownDirect / requestsMeasured;
        double throughMs = 1000 * ownThrough / requestsMeasured;
        System.out.printf(Locale.ROOT, "  CPU per request: the gateway %.3f ms; the service and the clients"
                + " %.3f ms straight, %.3f ms through it%n", gatewayMs, directMs, throughMs);
        cpuPerRequest.put("cpu-ms-per-request.gateway.round-" + round, gatewayMs);
        cpuPerRequest.put("cpu-ms-per-request.service-and-clients-direct.round-" + round, directMs);
        cpuPerRequest.put("cpu-ms-per-request.service-and-clients-through.round-" + round, throughMs);
    }

    /** A warm-up of a fifth, then the measured requests, spread over the clients. */
    private Latencies measure(String name, String base, String bearer) throws Exception {
        load(base, bearer, warmUpRequests());
        long started = System.nanoTime();
        long[] nanos = load(base, bearer, requests);
        return Latencies.of(name, nanos, started, System.nanoTime());
    }

    /** Sent before each measured round, on the same side: a fifth of its requests, at least one per client. */
    private int warmUpRequests() {
        return Math.max(clients, requests / 5);
    }

    private long[] load(String base, String bearer, int total) throws Exception {
        return ConcurrentClients.run(clients, total, (client, i) -> {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + READS.get((client + i) % READS.size())))
                    .header("Authorization", bearer).build();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(base + " answered " + response.statusCode() + ": "
                        + new String(response.body(), StandardCharsets.UTF_8));
            }
        });
    }

    private Process startGateway(Path jar, String service, String issuer) throws IOException {
        // below the ports the system gives outgoing connections, which could take it before the gateway binds it
        int port = FreePorts.take();
        Path log = Path.of("target", "bench-results", "gateway-" + port + ".log");
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
        command.addAll(gatewayJvmOptions);
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port, "--logging.level.root=WARN",
                "--roadmap.gateway.services.commitments=" + service, "--roadmap.gateway.services.identity=" + issuer,
                // the iss the gateway checks: the test issuer's, whose tokens the benchmark sends
                "--roadmap.gateway.issuer.uri=" + TestTokens.ISSUER,
                // the limiter still runs on every request; its limits must not be what is measured
                "--roadmap.gateway.limits.defaults.requests-per-second=1000000",
                "--roadmap.gateway.limits.defaults.burst=1000000"));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private String awaitGateway(Process gateway) throws Exception {
        String port = gateway.info().arguments().flatMap(args -> Arrays.stream(args)
                .filter(a -> a.startsWith("--server.port=")).findFirst()).map(a -> a.substring(14)).orElseThrow();
        String base = "http://127.0.0.1:" + port;
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline && gateway.isAlive()) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return base;
                }
            } catch (IOException starting) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("The gateway did not start; see target/bench-results/gateway-" + port + ".log");
    }

    private void save() throws IOException {
        Map<String, Double> figures = new LinkedHashMap<>(ResultsFile.figuresOf(measurements));
        figures.putAll(cpuPerRequest);
        ResultsFile.compareAndKeep(results, figures);
    }

    /** Publishes the test tokens' key set, standing in for the local issuer the gateway fetches keys from. */
    private static final class Issuer implements AutoCloseable {

        private final HttpServer server;

        Issuer() throws Exception {
            byte[] jwks = TestTokens.jwkSet().getBytes(StandardCharsets.UTF_8);
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/oauth2/jwks", exchange -> {
                exchange.sendResponseHeaders(200, jwks.length);
                exchange.getResponseBody().write(jwks);
                exchange.close();
            });
            server.start();
        }

        String uri() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
