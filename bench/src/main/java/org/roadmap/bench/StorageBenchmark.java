package org.roadmap.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.roadmap.launcher.EmbeddedStore;
import org.roadmap.launcher.IndexedH2Backend;

/**
 * The embedded MongoDB-wire server's cost per operation, as the services use it: single inserts into a
 * collection with a unique index beside {@code _id}, look-ups by {@code _id}, updates by {@code _id}, and an
 * aggregate's optimistic write (read, then update by {@code _id} and the version read; at most 1,000 of them), from
 * one client, on a file of its own. The launcher's storage (its backend, {@link IndexedH2Backend}, on a store opened
 * as the launcher opens it, {@link EmbeddedStore}) against mongo-java-server's own H2 backend on H2's default pages,
 * the baseline, each on a fresh file, alternating over the rounds after a shorter warm-up of both; the table shows
 * each one's operations per second and the server's CPU per operation (medians), and their ratios. Options:
 * {@code --documents=20000 --rounds=3 --results=bench/results/storage.json}.
 */
final class StorageBenchmark {

    private static final int CONDITIONAL_UPDATES = 1_000;
    private static final String SERVER_CPU = "-server-cpu-us";
    /** The wire server's threads (netty's boss and workers) and H2's (its background writer, its serialiser). */
    private static final Pattern SERVER_THREADS = Pattern.compile("^mongo-server-|MVStore|serialization");

    private final int documents;
    private final int rounds;
    private final Path results;

    StorageBenchmark(Map<String, String> options) {
        this.documents = Integer.parseInt(options.getOrDefault("documents", "20000"));
        this.rounds = Integer.parseInt(options.getOrDefault("rounds", "3"));
        this.results = Path.of(options.getOrDefault("results", "bench/results/storage.json"));
    }

    void run() throws Exception {
        Map<String, Function<Path, H2Backend>> backends = new LinkedHashMap<>();
        // the launcher's cache for both, so that the table compares the backends and H2's page size
        backends.put("baseline", file -> new H2Backend(new MVStore.Builder().fileName(file.toString())
                .cacheSize(EmbeddedStore.CACHE_MB).open()));
        backends.put("launcher", file -> new IndexedH2Backend(EmbeddedStore.open(file)));
        Map<String, List<Double>> rates = new LinkedHashMap<>();
        System.out.printf(Locale.ROOT, "Storage: %d documents, %d rounds; mongo-java-server's H2 backend (baseline)"
                + " against the launcher's%n", documents, rounds);
        // the JIT warms up on both first, so that neither pays for it in the rounds
        for (Function<Path, H2Backend> backend : backends.values()) {
            measure(backend, Math.max(1, documents / 5));
        }
        for (int round = 1; round <= rounds; round++) {
            List<String> order = new ArrayList<>(backends.keySet());
            if (round % 2 == 0) {
                Collections.reverse(order);
            }
            for (String name : order) {
                Map<String, Double> measured = measure(backends.get(name), documents);
                measured.forEach((operation, perSecond) -> rates.computeIfAbsent(name + "." + operation,
                        key -> new ArrayList<>()).add(perSecond));
                System.out.printf(Locale.ROOT, "round %d %-9s insert %7.0f/s  find by _id %7.0f/s  update by _id"
                        + " %7.0f/s  read and update by _id and version %7.0f/s%n", round, name,
                        measured.get("insert"), measured.get("find"), measured.get("update"),
                        measured.get("read-and-update-by-version"));
                System.out.printf(Locale.ROOT, "        server CPU per operation: insert %5.0f us  find %5.0f us  update"
                        + " %5.0f us  read and update %5.0f us%n", measured.get("insert" + SERVER_CPU),
                        measured.get("find" + SERVER_CPU), measured.get("update" + SERVER_CPU),
                        measured.get("read-and-update-by-version" + SERVER_CPU));
            }
        }
        Map<String, Double> figures = new LinkedHashMap<>();
        for (String operation : List.of("insert", "find", "update", "read-and-update-by-version")) {
            double baseline = JvmOptionsBenchmark.median(rates.get("baseline." + operation));
            double launcher = JvmOptionsBenchmark.median(rates.get("launcher." + operation));
            figures.put("baseline." + operation + "-per-s", baseline);
            figures.put("launcher." + operation + "-per-s", launcher);
            figures.put("ratio." + operation, launcher / baseline);
            double baselineCpu = JvmOptionsBenchmark.median(rates.get("baseline." + operation + SERVER_CPU));
            double launcherCpu = JvmOptionsBenchmark.median(rates.get("launcher." + operation + SERVER_CPU));
            figures.put("baseline." + operation + SERVER_CPU, baselineCpu);
            figures.put("launcher." + operation + SERVER_CPU, launcherCpu);
            figures.put("cpu-ratio." + operation, launcherCpu / baselineCpu);
            System.out.printf(Locale.ROOT, "  %-7s baseline %7.0f/s, launcher %7.0f/s => x%.2f; the server's CPU per"
                    + " operation %5.0f us against %5.0f us => x%.2f%n", operation, baseline, launcher,
                    launcher / baseline, launcherCpu, baselineCpu, launcherCpu / baselineCpu);
        }
        ResultsFile.compareAndKeep(results, figures);
    }

    private Map<String, Double> measure(Function<Path, H2Backend> backendOf, int documents) throws Exception {
        Path dir = Files.createTempDirectory("roadmap-storage-bench");
        H2Backend backend = backendOf.apply(dir.resolve("data.mv"));
        MongoServer server = new MongoServer(backend);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort())) {
            MongoCollection<Document> collection = client.getDatabase("bench").getCollection("commitments");
            collection.createIndex(Indexes.ascending("roadMapId", "reference"), new IndexOptions().unique(true));
            String text = "x".repeat(1_000);
            Map<String, Double> measured = new LinkedHashMap<>();
            Random random = new Random(5);
            phase(measured, "insert", documents, () -> {
                for (int i = 0; i < documents; i++) {
                    collection.insertOne(new Document("_id", id(i)).append("roadMapId", "rm-" + (i % 5))
                            .append("reference", "I." + i).append("title", "Commitment " + i).append("text", text)
                            .append("version", 1L));
                }
            });
            phase(measured, "find", documents, () -> {
                for (int i = 0; i < documents; i++) {
                    collection.find(Filters.eq("_id", id(random.nextInt(documents)))).first();
                }
            });
            phase(measured, "update", documents, () -> {
                for (int i = 0; i < documents; i++) {
                    collection.updateOne(Filters.eq("_id", id(random.nextInt(documents))),
                            Updates.combine(Updates.set("title", "Renamed " + i), Updates.inc("version", 1L)));
                }
            });
            // every aggregate's write: by _id and the version it read; fewer, as the baseline reads the collection
            int conditional = Math.min(documents, CONDITIONAL_UPDATES);
            phase(measured, "read-and-update-by-version", conditional, () -> {
                for (int i = 0; i < conditional; i++) {
                    Document read = collection.find(Filters.eq("_id", id(random.nextInt(documents)))).first();
                    collection.updateOne(new Document("_id", read.get("_id")).append("version", read.get("version")),
                            Updates.combine(Updates.set("title", "Changed " + i), Updates.inc("version", 1L)));
                }
            });
            return measured;
        } finally {
            server.shutdown();
            backend.close();
            Files.deleteIfExists(dir.resolve("data.mv"));
            Files.deleteIfExists(dir);
        }
    }

    /**
     * Runs {@code operations} operations and records their rate ({@code NAME}) and the server's CPU for each, in
     * microseconds ({@code NAME-server-cpu-us}): the threads of the wire server and of H2, not the client's. The
     * CPU is the steadier figure on a shared machine, and the client's own cost does not hide the server's.
     */
    private static void phase(Map<String, Double> measured, String name, int operations, Runnable work) {
        long cpu = serverCpuNanos();
        long start = System.nanoTime();
        work.run();
        measured.put(name, operations / seconds(start));
        measured.put(name + SERVER_CPU, (serverCpuNanos() - cpu) / 1_000.0 / operations);
    }

    private static long serverCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long nanos = 0;
        for (ThreadInfo thread : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (thread != null && SERVER_THREADS.matcher(thread.getThreadName()).find()) {
                nanos += Math.max(0, threads.getThreadCpuTime(thread.getThreadId()));
            }
        }
        return nanos;
    }

    private static String id(int i) {
        return new java.util.UUID(0x5eed, i).toString();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
