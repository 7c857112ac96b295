package org.roadmap.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.IntFunction;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.roadmap.commitments.CommitmentsApplication;
import org.roadmap.commitments.commitment.Annotation;
import org.roadmap.commitments.commitment.Cadence;
import org.roadmap.commitments.commitment.Commitment;
import org.roadmap.commitments.commitment.CommitmentManagement;
import org.roadmap.commitments.commitment.Health;
import org.roadmap.commitments.commitment.ImplementationLevel;
import org.roadmap.commitments.commitment.NewCommitment;
import org.roadmap.commitments.commitment.ReportDraft;
import org.roadmap.commitments.commitment.ResponsibleEntity;
import org.roadmap.events.EventJson;
import org.roadmap.events.Topics;
import org.roadmap.platform.test.EmbeddedInfrastructure;
import org.roadmap.platform.test.TestTokens;
import org.roadmap.platform.test.TestUser;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * commitments-service with many commitments, on the embedded default's parts (KRaft broker,
 * MongoDB-wire server):
 * <ul>
 * <li>read path: the commitment list, paged and filtered, through HTTP, against the same query
 * sent straight to MongoDB with the driver;</li>
 * <li>write path: a progress report posted over HTTP until its event is read off Kafka,
 * against a raw producer-to-consumer round trip on the same broker.</li>
 * </ul>
 * Options: {@code --commitments=10000 --requests=500 --writes=200}.
 */
final class CommitmentsBenchmark {

    private static final String ROAD_MAP = "bench-road-map";
    private static final String[] WORDS = {"hydrogen", "fisheries", "tsunami", "startups", "Amazon", "mining",
            "tourism", "universities", "defense", "heritage"};

    private final int commitments;
    private final int requests;
    private final int writes;
    private static final String AUTHORIZATION = TestTokens.bearer(TestUser.WG_ADMIN);

    private final HttpClient http = HttpClient.newHttpClient();
    private final Random random = new Random(42);
    private final List<Latencies> measurements = new ArrayList<>();
    private final Path results;

    CommitmentsBenchmark(Map<String, String> options) {
        this.commitments = Integer.parseInt(options.getOrDefault("commitments", "10000"));
        this.results = Path.of(options.getOrDefault("results", "bench/results/commitments.json"));
        this.requests = Integer.parseInt(options.getOrDefault("requests", "500"));
        this.writes = Integer.parseInt(options.getOrDefault("writes", "200"));
    }

    void run() throws Exception {
        String mongoUri = EmbeddedInfrastructure.mongoUri("bench");
        String kafka = EmbeddedInfrastructure.kafkaBootstrapServers();
        try (ConfigurableApplicationContext service = startService(mongoUri, kafka);
                MongoClient driver = MongoClients.create(mongoUri)) {
            int port = ((WebServerApplicationContext) service).getWebServer().getPort();
            List<String> ids = load(service.getBean(CommitmentManagement.class));
            awaitOutboxDrained(port);
            MongoCollection<Document> collection = driver.getDatabase("bench").getCollection("commitments");
            System.out.printf("%nRead path, %d commitments, %d requests each (after %d warm-up)%n", commitments, requests,
                    requests / 5);
            compare(port, collection, "page", p -> "&page=" + p % Math.max(1, commitments / 20), p -> Filters.empty(),
                    p -> (p % Math.max(1, commitments / 20)) * 20);
            compare(port, collection, "level=limited&country=PE", p -> "&level=limited&country=PE",
                    p -> Filters.and(Filters.eq("level", "LIMITED"), Filters.eq("responsibleEntities.country", "PE")),
                    p -> 0);
            compare(port, collection, "q=hydrogen", p -> "&q=hydrogen",
                    p -> Filters.or(Filters.regex("reference", "hydrogen", "i"), Filters.regex("title", "hydrogen", "i"),
                            Filters.regex("text", "hydrogen", "i")), p -> 0);
            compare(port, collection, "overdue=true", p -> "&overdue=true",
                    p -> Filters.and(Filters.lt("deadline", java.util.Date.from(LocalDate.now().atStartOfDay()
                            .toInstant(java.time.ZoneOffset.UTC))), Filters.ne("level", "COMPLETE")), p -> 0);
            writePath(port, ids, kafka);
        }
        save();
    }

    /** commitments-service on the given parts, without the seeded road map, taking the test issuer's tokens. */
    static ConfigurableApplicationContext startService(String mongoUri, String kafka) {
        return new SpringApplicationBuilder(CommitmentsApplication.class)
                .run("--server.port=0", "--spring.mongodb.uri=" + mongoUri, "--spring.kafka.bootstrap-servers=" + kafka,
                        "--logging.level.root=WARN", "--roadmap.commitments.seed=false",
                        // signed in as the working group with the test issuer's tokens (docs/adr/0006)
                        "--spring.security.oauth2.resourceserver.jwt.public-key-location=" + TestTokens.publicKeyLocation(),
                        "--spring.security.oauth2.resourceserver.jwt.issuer-uri=");
    }

    /** Registers the commitments the normal way (each with its event), then gives a tenth of them a level. */
    private List<String> load(CommitmentManagement management) {
        long started = System.nanoTime();
        List<String> ids = new ArrayList<>(commitments);
        for (int i = 0; i < commitments; i++) {
            String word = WORDS[random.nextInt(WORDS.length)];
            NewCommitment commitment = new NewCommitment(ROAD_MAP, roman(1 + i / 1000), 1 + i % 1000,
                    "Cooperation on " + word + " " + i, "Promote dialogue and cooperation on " + word + " between both countries.",
                    List.of(new ResponsibleEntity("Ministry of Foreign Affairs of Japan", "JP", "lead"),
                            new ResponsibleEntity("Ministry of Foreign Affairs of Peru", "PE", "lead")),
                    Cadence.ONGOING, null, null, i % 7 == 0 ? LocalDate.of(2025, 1, 1).plusDays(i % 900) : null, false, 1.0,
                    Annotation.MANUAL);
            Commitment registered = management.register(commitment, "bench", "bench-" + i);
            ids.add(registered.id());
        }
        for (int i = 0; i < commitments; i += 10) {
            management.reportProgress(ids.get(i), new ReportDraft("PE", "Ministry of Foreign Affairs of Peru", "bench",
                    "Under way", List.of(), ImplementationLevel.LIMITED, Health.ON_TRACK, null), "level-" + i);
        }
        System.out.printf("Loaded %d commitments (with their events) in %.1f s%n", commitments,
                (System.nanoTime() - started) / 1e9);
        return ids;
    }

    /** Measures steady state, not the backlog of the load: waits until the relay has published every event. */
    private void awaitOutboxDrained(int port) throws Exception {
        double seconds = OutboxDrain.await(PlatformApi.of("http://127.0.0.1:" + port,
                TestTokens.token(TestUser.WG_ADMIN, Duration.ofHours(1))), Duration.ofMinutes(10));
        System.out.printf("Outbox drained %.1f s after the load ended%n", seconds);
    }

    private void compare(int port, MongoCollection<Document> collection, String name, IntFunction<String> query,
            IntFunction<Bson> filter, IntFunction<Integer> skip) throws Exception {
        Latencies service = new Latencies("GET /api/v1/commitments " + name, requests);
        Latencies baseline = new Latencies("driver find+count " + name, requests);
        for (int i = 0; i < requests / 5; i++) {
            get(port, query.apply(i));
            driver(collection, filter.apply(i), skip.apply(i));
        }
        service.start();
        for (int i = 0; i < requests; i++) {
            long started = System.nanoTime();
            get(port, query.apply(i));
            service.record(System.nanoTime() - started);
        }
        baseline.start();
        for (int i = 0; i < requests; i++) {
            long started = System.nanoTime();
            driver(collection, filter.apply(i), skip.apply(i));
            baseline.record(System.nanoTime() - started);
        }
        report(service, baseline);
    }

    private void get(int port, String query) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/api/v1/commitments?roadMapId=" + ROAD_MAP + "&size=20" + query)).header("Authorization", AUTHORIZATION)
                .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET answered " + response.statusCode() + ": " + response.body());
        }
    }

    /** The query the service makes, straight on the driver: filter, sort, page, count, without the heavy fields. */
    private static void driver(MongoCollection<Document> collection, Bson filter, int skip) {
        Bson query = Filters.and(Filters.eq("roadMapId", ROAD_MAP), filter, Filters.ne("restricted", true));
        collection.countDocuments(query);
        collection.find(query).sort(Sorts.ascending("roadMapId", "pillar", "number", "_id")).skip(skip).limit(20)
                .projection(Projections.exclude("text", "history", "progressReports", "outbox"))
                .into(new ArrayList<>());
    }

    /** From the POST of a progress report until its event is read off Kafka; baseline: a raw produce-consume round trip. */
    private void writePath(int port, List<String> ids, String kafka) throws Exception {
        try (EventWatcher watcher = new EventWatcher(kafka, List.of(Topics.COMMITMENTS, "bench.round-trip"),
                CommitmentsBenchmark::reportIdOf)) {
            Latencies service = new Latencies("POST progress report -> event on Kafka", writes);
            Latencies answered = new Latencies("POST progress report -> HTTP answer", writes);
            service.start();
            answered.start();
            for (int i = 0; i < writes; i++) {
                String commitment = ids.get(random.nextInt(ids.size()));
                long sent = System.nanoTime();
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/api/v1/commitments/" + commitment + "/progress-reports"))
                        .header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                        .header("Authorization", AUTHORIZATION)
                        .POST(HttpRequest.BodyPublishers.ofString("""
                                {"country": "JP", "organisation": "Ministry of Foreign Affairs of Japan",
                                 "summary": "Benchmark report %d", "level": "limited", "health": "on-track"}""".formatted(i)))
                        .build(), HttpResponse.BodyHandlers.ofString());
                answered.record(System.nanoTime() - sent);
                String reportId = EventJson.tree(response.body()).get("id").asString();
                service.record(watcher.await(reportId, Duration.ofSeconds(30)) - sent);
            }
            Latencies baseline = new Latencies("raw producer -> consumer round trip", writes);
            try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka, ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.LINGER_MS_CONFIG, 0), new StringSerializer(), new ByteArraySerializer())) {
                baseline.start();
                for (int i = 0; i < writes; i++) {
                    String key = UUID.randomUUID().toString();
                    long sent = System.nanoTime();
                    producer.send(new ProducerRecord<>("bench.round-trip", key,
                            ("{\"reportId\":\"" + key + "\"}").getBytes(StandardCharsets.UTF_8))).get();
                    baseline.record(watcher.await(key, Duration.ofSeconds(30)) - sent);
                }
            }
            System.out.printf("%nWrite path, %d writes one after another%n", writes);
            System.out.println("  " + answered.line());
            measurements.add(answered);
            report(service, baseline);
        }
    }

    private void report(Latencies measured, Latencies baseline) {
        System.out.println("  " + measured.line());
        System.out.println("  " + baseline.line());
        System.out.println("  => " + measured.ratioTo(baseline));
        measurements.add(measured);
        measurements.add(baseline);
    }

    private void save() throws IOException {
        ResultsFile.compareAndKeep(results, ResultsFile.figuresOf(measurements));
    }

    /** The report id in a record's data: a progress report's event, or a round trip's record. */
    private static String reportIdOf(ConsumerRecord<String, byte[]> record) {
        String value = new String(record.value(), StandardCharsets.UTF_8);
        int at = value.indexOf("\"reportId\":\"");
        return at < 0 ? null : value.substring(at + 12, value.indexOf('"', at + 12));
    }

    static String roman(int value) {
        String[] numerals = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};
        return numerals[Math.min(value, numerals.length) - 1];
    }
}
