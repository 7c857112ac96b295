package org.roadmap.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;
import org.roadmap.events.EventJson;
import org.roadmap.platform.test.EmbeddedInfrastructure;
import org.roadmap.platform.test.TestTokens;
import org.roadmap.platform.test.TestUser;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Does a write cost more as a commitment's history grows? Posts {@code --reports} progress reports (10,000 by
 * default) to one commitment, one after another, straight at commitments-service on the embedded default's
 * parts, and compares the last {@code --window} (50) with the first: the baseline is the same commitment
 * when it was new, in the same run, after {@code --warmup} (2,000) reports on another commitment warmed the
 * JVM. Also prints the stored document's size at both ends (without events waiting for the relay).
 */
final class HistoryGrowthBenchmark {

    private static final String AUTHORIZATION = TestTokens.bearer(TestUser.WG_ADMIN);

    private final int reports;
    private final int window;
    private final int warmup;
    private final Path results;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    HistoryGrowthBenchmark(Map<String, String> options) {
        this.reports = Integer.parseInt(options.getOrDefault("reports", "10000"));
        this.window = Integer.parseInt(options.getOrDefault("window", "50"));
        this.warmup = Integer.parseInt(options.getOrDefault("warmup", "2000"));
        this.results = Path.of(options.getOrDefault("results", "bench/results/history.json"));
    }

    void run() throws Exception {
        String mongoUri = EmbeddedInfrastructure.mongoUri("bench-history");
        String kafka = EmbeddedInfrastructure.kafkaBootstrapServers();
        try (ConfigurableApplicationContext service = CommitmentsBenchmark.startService(mongoUri, kafka);
                MongoClient driver = MongoClients.create(mongoUri)) {
            String base = "http://127.0.0.1:" + ((WebServerApplicationContext) service).getWebServer().getPort()
                    + "/api/v1/commitments";
            String warm = register(base, 1);
            for (int i = 1; i <= warmup; i++) {
                report(base, warm, i);
            }
            String id = register(base, 2);
            Latencies first = new Latencies("report 1-" + window, window);
            Latencies last = new Latencies("report " + (reports - window + 1) + "-" + reports, window);
            int firstSize = 0;
            first.start();
            for (int i = 1; i <= reports; i++) {
                Latencies measured = i <= window ? first : i > reports - window ? last : null;
                if (i == reports - window + 1) {
                    last.start();
                }
                long sent = System.nanoTime();
                report(base, id, i);
                if (measured != null) {
                    measured.record(System.nanoTime() - sent);
                }
                if (i == window) {
                    firstSize = storedSize(driver, id);
                }
                if (i % 1000 == 0) {
                    System.out.printf("  %d reports%n", i);
                }
            }
            int lastSize = storedSize(driver, id);
            System.out.printf("%nProgress reports on one commitment, %d in all%n", reports);
            System.out.println("  " + last.line());
            System.out.println("  " + first.line());
            System.out.println("  => " + last.ratioTo(first));
            System.out.printf("  stored document: %d bytes after %d reports, %d bytes after %d%n", firstSize, window,
                    lastSize, reports);
            Map<String, Double> figures = new HashMap<>(ResultsFile.figuresOf(new ArrayList<>(List.of(first, last))));
            figures.put("document-bytes-first", (double) firstSize);
            figures.put("document-bytes-last", (double) lastSize);
            figures.put("last-to-first-p50", last.percentileMillis(50) / first.percentileMillis(50));
            ResultsFile.compareAndKeep(results, figures);
        }
    }

    private String register(String base, int number) throws Exception {
        return EventJson.tree(send(base, """
                {"roadMapId": "bench-history", "pillar": "I", "number": %d, "title": "Reported on every week",
                 "text": "Weekly reports.",
                 "responsibleEntities": [{"name": "Ministry of Foreign Affairs of Japan", "country": "JP", "role": "lead"}]}"""
                .formatted(number)).body()).get("id").asString();
    }

    private void report(String base, String id, int i) throws Exception {
        HttpResponse<String> answer = send(base + "/" + id + "/progress-reports", """
                {"country": "JP", "organisation": "Ministry of Foreign Affairs of Japan",
                 "summary": "Weekly report %d", "level": "limited", "health": "on-track"}""".formatted(i));
        if (answer.statusCode() != 201) {
            throw new IllegalStateException("report " + i + " answered " + answer.statusCode() + ": " + answer.body());
        }
    }

    private HttpResponse<String> send(String uri, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(uri)).header("Content-Type", "application/json")
                .header("Authorization", AUTHORIZATION).POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int storedSize(MongoClient driver, String id) {
        Document stored = driver.getDatabase("bench-history").getCollection("commitments")
                .find(new Document("_id", id)).first();
        stored.remove("outbox");
        stored.remove("outboxPending");
        return new RawBsonDocument(stored, new DocumentCodec()).getByteBuffer().remaining();
    }
}
