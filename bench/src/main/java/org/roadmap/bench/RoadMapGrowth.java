package org.roadmap.bench;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import org.roadmap.events.EventJson;

/**
 * Adds commitments to the seeded road map straight at commitments-service (POST with an Idempotency-Key,
 * a few clients at once), then waits until the outbox has relayed their events and notifications-service has
 * read them. Pillars I-XII, items 100 onwards, so they never clash with the seeded ones; a seventh have a
 * deadline already past, the others one ahead; a third are MINEM's.
 */
final class RoadMapGrowth {

    private static final int CLIENTS = 4;
    private static final String[] WORDS = {"hydrogen", "fisheries", "tsunami", "startups", "Amazon", "mining",
            "tourism", "universities", "energy", "heritage"};

    private final PlatformApi commitmentsService;
    private final PlatformApi gateway;

    RoadMapGrowth(PlatformApi commitmentsService, PlatformApi gateway) {
        this.commitmentsService = commitmentsService;
        this.gateway = gateway;
    }

    Map<String, Double> add(int count) throws Exception {
        Map<String, String> ids = new ConcurrentHashMap<>();
        long started = System.nanoTime();
        long[] nanos = ConcurrentClients.run(CLIENTS, count, (client, i) -> {
            int n = client + i * CLIENTS;
            ids.put(String.valueOf(n), EventJson.tree(commitmentsService.post("/api/v1/commitments", body(n),
                    "Idempotency-Key", "bench-commitment-" + n).body()).get("id").asString());
        });
        Latencies posts = Latencies.of("POST /api/v1/commitments (" + CLIENTS + " clients)", nanos, started,
                System.nanoTime());
        double drained = OutboxDrain.await(commitmentsService, Duration.ofMinutes(30));
        double caughtUp = drained + awaitKnownToNotifications(IntStream.rangeClosed(Math.max(0, count - 3), count - 1)
                .mapToObj(n -> ids.get(String.valueOf(n))).toList());
        System.out.printf(Locale.ROOT, "%nAdded %d commitments to the road map in %.1f s%n  %s%n"
                + "  outbox drained %.1f s after the last POST was answered; notifications-service had read them "
                + "%.1f s after it%n", count, posts.count() / posts.perSecond(), posts.line(), drained, caughtUp);
        Map<String, Double> figures = new LinkedHashMap<>(posts.figures("grow.post"));
        figures.put("grow.commitments", (double) count);
        figures.put("grow.outbox-drain-s", drained);
        figures.put("grow.notifications-caught-up-s", caughtUp);
        return figures;
    }

    private static String body(int n) {
        String word = WORDS[n % WORDS.length];
        boolean minem = n % 3 == 0;
        LocalDate deadline = n % 7 == 0 ? LocalDate.of(2025, 1, 1).plusDays(n % 300) : LocalDate.of(2027, 1, 1)
                .plusDays(n % 900);
        return """
                {"roadMapId": "%s", "pillar": "%s", "number": %d, "title": "Cooperation on %s %d",
                 "text": "Promote dialogue and cooperation on %s between both countries.",
                 "responsibleEntities": [{"name": "%s", "country": "PE", "role": "lead"},
                   {"name": "Ministry of Foreign Affairs of Japan (MOFA)", "country": "JP", "role": "lead"}],
                 "cadence": "one-off", "deadline": "%s"}""".formatted(Platform.SEEDED_ROAD_MAP,
                CommitmentsBenchmark.roman(1 + n % 12), 100 + n / 12, word, n, word,
                minem ? "Ministry of Energy and Mines (MINEM)" : "Ministry of Foreign Affairs of Peru (MRE)", deadline);
    }

    /** Seconds until notifications-service knows these commitments (the last added, on different partitions). */
    private double awaitKnownToNotifications(List<String> commitments) throws Exception {
        long started = System.nanoTime();
        for (String commitment : commitments) {
            while (PlatformApi.http().send(gateway.request("/api/v1/notifications/commitments/" + commitment).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
                if (System.nanoTime() - started > Duration.ofMinutes(30).toNanos()) {
                    throw new IllegalStateException("notifications-service did not learn of " + commitment);
                }
                Thread.sleep(200);
            }
        }
        return (System.nanoTime() - started) / 1e9;
    }
}
