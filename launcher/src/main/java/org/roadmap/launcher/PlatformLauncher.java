package org.roadmap.launcher;

import org.apache.logging.log4j.LogManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Starts the whole platform in one command: the embedded infrastructure in this JVM, then the
 * local token issuer and the four services as child JVMs; restarts a service that exits on its own
 * ({@link ServiceSupervisor}); stops all of it on Ctrl-C, keeping the data for the next start.
 */
public final class PlatformLauncher {

    private static final Duration GRACEFUL_STOP = Duration.ofSeconds(20);
    // a JVM writing the class-data archive it recorded (ServiceClasses) takes seconds of CPU more to exit
    private static final Duration GRACEFUL_STOP_WRITING_ARCHIVES = Duration.ofSeconds(90);
    private static final int LOG_TAIL_LINES = 40;

    private final LauncherSettings settings;
    private final Instant startedAt;
    private final Logger log = LoggerFactory.getLogger(PlatformLauncher.class);
    private final List<ServiceProcess> services = new ArrayList<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final Consumer<ServiceEvent> serviceEvents;
    private EmbeddedInfrastructure infrastructure;
    private ServiceSupervisor supervisor;
    private boolean stopping;

    PlatformLauncher(LauncherSettings settings, Instant startedAt) {
        this(settings, startedAt, event -> { });
    }

    /** @param serviceEvents told, besides the console, what happens to a service that exits once the platform is up */
    PlatformLauncher(LauncherSettings settings, Instant startedAt, Consumer<ServiceEvent> serviceEvents) {
        this.settings = settings;
        this.startedAt = startedAt;
        this.serviceEvents = serviceEvents;
    }

    public static void main(String[] args) throws InterruptedException {
        Instant startedAt = Instant.now();
        if (List.of(args).contains("--help")) {
            System.out.print(LauncherSettings.usage());
            return;
        }
        LauncherSettings settings;
        try {
            settings = LauncherSettings.fromArgs(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + " Run with --help to see the options.");
            System.exit(2);
            return;
        }
        // log4j2.xml writes the infrastructure's log here; it must be set before the first logger exists.
        System.setProperty("roadmap.log.dir", settings.logDir().toString());

        PlatformLauncher launcher = new PlatformLauncher(settings, startedAt);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            launcher.stop();
            LogManager.shutdown();
        }, "roadmap-launcher-shutdown"));
        try {
            launcher.start();
        } catch (Exception e) {
            if (!launcher.isStopping()) {
                launcher.reportFailure(e);
                System.exit(1);
            }
            return;
        }
        launcher.stopped.await();
    }

    /** Starts everything and returns once all services are ready. */
    void start() throws Exception {
        for (Path dir : List.of(settings.dataDir(), settings.kafkaDir(), settings.mongoFile().getParent(),
                settings.logDir())) {
            PrivateFiles.directory(dir);
        }
        if (settings.serviceStartup() != ServiceStartup.JAR) {
            PrivateFiles.directory(settings.extractedServicesDir());
        }
        requireFreePorts();
        requireServiceJars();

        List<ServiceDefinition> definitions = ServiceDefinition.forPlatform(settings);
        // the first start after a build extracts the services' jars meanwhile (ServiceClasses)
        ExecutorService preparing = Executors.newFixedThreadPool(definitions.size());
        try {
            Map<String, Future<Boolean>> prepared = new LinkedHashMap<>();
            Map<String, ServiceClasses> classes = new LinkedHashMap<>();
            for (ServiceDefinition definition : definitions) {
                // a service's replicas share its extracted classes
                if (!classes.containsKey(definition.service())) {
                    ServiceClasses serviceClasses = ServiceClasses.of(definition, settings);
                    classes.put(definition.service(), serviceClasses);
                    prepared.put(definition.service(), preparing.submit(serviceClasses::prepare));
                }
            }
            log.info("Starting Kafka and MongoDB in {}", settings.dataDir());
            startInfrastructure();
            log.info("Kafka and MongoDB ready after {}{}", elapsed(),
                    infrastructure.createdTopics().isEmpty() ? ""
                            : " (created topics " + infrastructure.createdTopics() + ")");
            if (awaitPrepared(prepared)) {
                log.info("The services' jars extracted into {} after {} (once per build; see --service-startup)",
                        settings.extractedServicesDir(), elapsed());
            }
            log.info("Starting {} services; their output goes to {}", definitions.size(), settings.logDir());
            for (ServiceDefinition definition : definitions) {
                startService(definition, classes.get(definition.service()));
            }
        } finally {
            preparing.shutdownNow();
        }
        awaitReadiness();
        supervise();
        printWhereToGo();
    }

    /** Stops the services first (they still talk to Kafka and Mongo), then the infrastructure. */
    void stop() {
        List<ServiceProcess> running;
        EmbeddedInfrastructure startedInfrastructure;
        synchronized (this) {
            if (stopping) {
                return;
            }
            stopping = true;
            // the supervisor restarts nothing from here on, so these are all there is to stop
            running = supervisor != null ? supervisor.stop() : List.copyOf(services);
            startedInfrastructure = infrastructure;
        }
        try {
            if (!running.isEmpty()) {
                boolean writingArchives = running.stream().anyMatch(ServiceProcess::recordsClassData);
                log.info(writingArchives ? "Stopping the services; they write their class-data archives for the next"
                        + " starts first" : "Stopping the services");
                running.forEach(ServiceProcess::requestStop);
                Duration grace = writingArchives ? GRACEFUL_STOP_WRITING_ARCHIVES : GRACEFUL_STOP;
                Instant deadline = Instant.now().plus(grace);
                for (ServiceProcess service : running) {
                    if (service.awaitStop(deadline)) {
                        log.warn("  {} did not stop within {} s and was killed", service.name(), grace.toSeconds());
                    }
                }
            }
            if (startedInfrastructure != null) {
                log.info("Stopping Kafka and MongoDB");
                startedInfrastructure.close();
            }
            log.info("stopped");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            stopped.countDown();
        }
    }

    /** The service's current process: the last one started, restarts included. */
    synchronized ServiceProcess service(String name) {
        return supervisor != null ? supervisor.current(name) : services.stream()
                .filter(service -> service.name().equals(name)).findFirst().orElseThrow();
    }

    private synchronized boolean isStopping() {
        return stopping;
    }

    // Holds the lock while starting, so a Ctrl-C meanwhile waits and then stops the broker cleanly.
    private synchronized void startInfrastructure() throws Exception {
        if (stopping) {
            throw new StartupFailure("stopped during start-up");
        }
        infrastructure = EmbeddedInfrastructure.start(settings);
    }

    private synchronized void startService(ServiceDefinition definition, ServiceClasses classes) throws Exception {
        if (stopping) {
            throw new StartupFailure("stopped during start-up");
        }
        services.add(ServiceProcess.start(definition, settings, classes));
    }

    /** @return whether any service's jar was extracted */
    private static boolean awaitPrepared(Map<String, Future<Boolean>> prepared) throws Exception {
        boolean extracted = false;
        for (Future<Boolean> preparation : prepared.values()) {
            try {
                extracted |= preparation.get();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
        }
        return extracted;
    }

    private void awaitReadiness() throws StartupFailure, InterruptedException {
        Instant deadline = Instant.now().plus(settings.readinessTimeout());
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        List<ServiceProcess> waiting = new ArrayList<>(services);
        while (!waiting.isEmpty()) {
            for (Iterator<ServiceProcess> it = waiting.iterator(); it.hasNext(); ) {
                ServiceProcess service = it.next();
                if (service.isReady(http)) {
                    log.info("  {} ready after {}", service.name(), elapsed());
                    it.remove();
                } else if (!service.isAlive()) {
                    throw failure(List.of(service), service.name() + " exited with code " + service.exitCode());
                }
            }
            if (isStopping()) {
                throw new StartupFailure("stopped during start-up");
            }
            if (!waiting.isEmpty() && Instant.now().isAfter(deadline)) {
                throw failure(waiting, waiting.stream().map(ServiceProcess::name).toList()
                        + " not ready within " + settings.readinessTimeout().toSeconds() + " s");
            }
            Thread.sleep(500);
        }
    }

    private StartupFailure failure(List<ServiceProcess> failed, String summary) {
        for (ServiceProcess service : failed) {
            log.error("{}; last lines of {}:", summary, service.log());
            service.logTail(LOG_TAIL_LINES).forEach(line -> log.error("  | {}", line));
        }
        return new StartupFailure(summary);
    }

    private void reportFailure(Exception e) {
        if (e instanceof StartupFailure) {
            log.error("Start-up failed: {}. Stopping.", e.getMessage());
        } else {
            log.error("Start-up failed. Stopping.", e);
        }
        stop();
    }

    private synchronized void supervise() throws StartupFailure {
        if (stopping) {
            throw new StartupFailure("stopped during start-up");
        }
        supervisor = new ServiceSupervisor(settings, services, serviceEvents);
    }

    private void requireFreePorts() throws StartupFailure {
        Map<Integer, List<String>> parts = partsByPort();
        requireOnePartPerPort(parts);
        List<Integer> busy = parts.keySet().stream().filter(port -> !isFree(port)).toList();
        if (!busy.isEmpty()) {
            throw new StartupFailure("ports " + busy + " are in use (is the platform already running?)."
                    + " Stop what uses them or choose other ports, see --help");
        }
    }

    /**
     * Two parts given the same port, one of them would fail at every restart: a service's replicas take its port
     * plus {@value ServiceDefinition#REPLICA_PORT_STEP} for each, which may be a port given to another part.
     */
    private static void requireOnePartPerPort(Map<Integer, List<String>> parts) throws StartupFailure {
        List<String> shared = parts.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(e -> e.getKey() + " (" + String.join(", ", e.getValue()) + ")").toList();
        if (!shared.isEmpty()) {
            throw new StartupFailure("more than one part would listen on port " + String.join(", port ", shared)
                    + ". A service's replicas use its port plus " + ServiceDefinition.REPLICA_PORT_STEP
                    + " for each: choose ports further apart, see --help");
        }
    }

    /** Every port the platform listens on, with the parts given it: MongoDB, Kafka's, each service replica's. */
    private Map<Integer, List<String>> partsByPort() {
        Map<Integer, List<String>> parts = new TreeMap<>();
        parts.computeIfAbsent(settings.mongoPort(), port -> new ArrayList<>()).add("MongoDB");
        for (int kafkaPort : settings.kafkaPorts()) {
            parts.computeIfAbsent(kafkaPort, port -> new ArrayList<>()).add("Kafka");
        }
        for (ServiceDefinition service : ServiceDefinition.forPlatform(settings)) {
            parts.computeIfAbsent(service.port(), port -> new ArrayList<>()).add(service.name());
        }
        return parts;
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void requireServiceJars() throws StartupFailure {
        List<String> missing = ServiceDefinition.forPlatform(settings).stream()
                .map(definition -> definition.jar(settings.servicesDir()))
                .filter(jar -> !Files.isRegularFile(jar))
                .map(jar -> jar.getFileName().toString())
                .toList();
        if (!missing.isEmpty()) {
            throw new StartupFailure("missing service jars " + missing + " in " + settings.servicesDir()
                    + ". Build them with ./mvnw package, or point --services-dir at them");
        }
    }

    private void printWhereToGo() {
        log.info("");
        log.info("Road Map platform is up after {}", elapsed());
        log.info("  gateway                http://localhost:{}", settings.gatewayPort());
        for (ServiceProcess service : services) {
            if (!service.name().equals("gateway")) {
                log.info("  {} http://127.0.0.1:{} (this machine only)", "%-22s".formatted(service.name()), service.port());
            }
        }
        log.info("  Kafka bootstrap        {}", settings.kafkaBootstrapServers());
        log.info("  MongoDB                mongodb://127.0.0.1:{}", settings.mongoPort());
        log.info("  data                   {}", settings.dataDir());
        log.info("  logs                   {}", settings.logDir());
        log.info("Sign in to the dashboard at http://localhost:{} as a seeded user (jp-editor, pe-editor, wg-admin,"
                + " staff-reader, integrator) with the password <user>.password, or call the API with a token of the"
                + " client secret <user>; both are in {}:", settings.gatewayPort(),
                settings.identityDir().resolve("secrets.properties"));
        log.info("  TOKEN=$(curl -s -u pe-editor:SECRET -d grant_type=client_credentials {}/oauth2/token"
                + " | grep -o '\"access_token\":\"[^\"]*\"' | cut -d'\"' -f4)", settings.issuerUri());
        log.info("  curl -H \"Authorization: Bearer $TOKEN\" localhost:{}/api/v1/road-maps", settings.gatewayPort());
        log.info("Ctrl-C stops everything; data is kept in {}", settings.dataDir());
    }

    private String elapsed() {
        return String.format(Locale.ROOT, "%.1f s", Duration.between(startedAt, Instant.now()).toMillis() / 1000.0);
    }
}
