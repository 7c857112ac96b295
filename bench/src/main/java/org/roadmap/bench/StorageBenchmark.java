package org.roadmap.bench;

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
 * each one's operations per second (medians) and their ratio. Options: {@code --documents=20000 --rounds=3
 * --results=bench/results/storage.json}.
 */
final class StorageBenchmark {

    private static final int CONDITIONAL_UPDATES = 1_000;
    /** The baseline's cache is the launcher's, so that the table compares the backends and H2's page size. */
    private static final int BASELINE_CACHE_MB = 64;

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
        backends.put("baseline", file -> new H2Backend(new MVStore.Builder().fileName(file.toString())
                .cacheSize(BASELINE_CACHE_MB).open()));
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
            }
        }
        Map<String, Double> figures = new LinkedHashMap<>();
        for (String operation : List.of("insert", "find", "update", "read-and-update-by-version")) {
            double baseline = JvmOptionsBenchmark.median(rates.get("baseline." + operation));
            double launcher = JvmOptionsBenchmark.median(rates.get("launcher." + operation));
            figures.put("baseline." + operation + "-per-s", baseline);
            figures.put("launcher." + operation + "-per-s", launcher);
            figures.put("ratio." + operation, launcher / baseline);
            System.out.printf(Locale.ROOT, "  %-7s baseline %7.0f/s, launcher %7.0f/s => x%.2f%n", operation,
                    baseline, launcher, launcher / baseline);
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
            Map<String, Double> perSecond = new LinkedHashMap<>();
            long start = System.nanoTime();
            for (int i = 0; i < documents; i++) {
                collection.insertOne(new Document("_id", id(i)).append("roadMapId", "rm-" + (i % 5))
                        .append("reference", "I." + i).append("title", "Commitment " + i).append("text", text)
                        .append("version", 1L));
            }
            perSecond.put("insert", documents / seconds(start));
            Random random = new Random(5);
            start = System.nanoTime();
            for (int i = 0; i < documents; i++) {
                collection.find(Filters.eq("_id", id(random.nextInt(documents)))).first();
            }
            perSecond.put("find", documents / seconds(start));
            start = System.nanoTime();
            for (int i = 0; i < documents; i++) {
                collection.updateOne(Filters.eq("_id", id(random.nextInt(documents))),
                        Updates.combine(Updates.set("title", "Renamed " + i), Updates.inc("version", 1L)));
            }
            perSecond.put("update", documents / seconds(start));
            // every aggregate's write: by _id and the version it read; fewer, as the baseline reads the collection
            int conditional = Math.min(documents, CONDITIONAL_UPDATES);
            start = System.nanoTime();
            for (int i = 0; i < conditional; i++) {
                Document read = collection.find(Filters.eq("_id", id(random.nextInt(documents)))).first();
                collection.updateOne(new Document("_id", read.get("_id")).append("version", read.get("version")),
                        Updates.combine(Updates.set("title", "Changed " + i), Updates.inc("version", 1L)));
            }
            perSecond.put("read-and-update-by-version", conditional / seconds(start));
            return perSecond;
        } finally {
            server.shutdown();
            backend.close();
            Files.deleteIfExists(dir.resolve("data.mv"));
            Files.deleteIfExists(dir);
        }
    }

    private static String id(int i) {
        return new java.util.UUID(0x5eed, i).toString();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
