package org.roadmap.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the staff dashboard reads, through the gateway: the overview (its five requests at once, as the
 * page sends them: road map progress, overdue, at-risk and off-track lists, upcoming meetings; see
 * gateway/src/main/resources/static/app/overview.js) and the filtered commitment list, one client at a
 * time and several clients at once.
 */
final class DashboardReads {

    private static final String ROAD_MAP = Platform.SEEDED_ROAD_MAP;
    private static final String LIST = "/api/v1/commitments?roadMapId=" + ROAD_MAP;
    private static final List<String> OVERVIEW = List.of("/api/v1/road-maps/" + ROAD_MAP + "/progress",
            LIST + "&size=50&overdue=true&sort=deadline", LIST + "&size=50&health=at-risk&sort=deadline",
            LIST + "&size=50&health=off-track&sort=deadline", "/api/v1/meetings?from=2026-01-01&to=2027-12-31&tz=UTC");
    private static final Map<String, List<String>> OPERATIONS = new LinkedHashMap<>();

    static {
        OPERATIONS.put("overview", OVERVIEW);
        OPERATIONS.put("list-entity", List.of(LIST + "&size=20&entity=MINEM"));
        OPERATIONS.put("list-overdue", List.of(LIST + "&size=20&overdue=true"));
        OPERATIONS.put("list-q", List.of(LIST + "&size=20&q=energy"));
    }

    private final PlatformApi gateway;
    private final int reads;
    private final int clients;

    DashboardReads(PlatformApi gateway, int reads, int clients) {
        this.gateway = gateway;
        this.reads = reads;
        this.clients = clients;
    }

    /** What one pass measured: each operation's latencies, and how many of its operations got an error answer. */
    record Measured(Map<String, Latencies> latencies, Map<String, Integer> errors) {
    }

    /**
     * Every operation sequentially, then from {@code clients} clients at once. An operation one of whose
     * requests is answered with an error is counted (and its time kept: the user waited for that answer too).
     */
    Measured run(String label) throws Exception {
        Map<String, Latencies> measured = new LinkedHashMap<>();
        Map<String, Integer> errors = new LinkedHashMap<>();
        for (int together : List.of(1, clients)) {
            String mode = together == 1 ? "sequential" : together + "-clients";
            for (Map.Entry<String, List<String>> operation : OPERATIONS.entrySet()) {
                load(operation.getValue(), together, Math.max(together, reads / 5), new AtomicInteger());
                AtomicInteger failed = new AtomicInteger();
                long started = System.nanoTime();
                long[] nanos = load(operation.getValue(), together, reads, failed);
                measured.put(mode + "." + operation.getKey(), Latencies.of(label + " " + mode + " " + operation.getKey(),
                        nanos, started, System.nanoTime()));
                errors.put(mode + "." + operation.getKey(), failed.get());
            }
        }
        return new Measured(measured, errors);
    }

    /** {@code total} operations spread over {@code together} clients; an operation's requests go out at once. */
    private long[] load(List<String> requests, int together, int total, AtomicInteger failed) throws Exception {
        return ConcurrentClients.run(together, total, (client, i) -> {
            List<CompletableFuture<HttpResponse<String>>> answers = requests.stream().map(gateway::sendAsync).toList();
            if (answers.stream().map(CompletableFuture::join).anyMatch(answer -> answer.statusCode() != 200)) {
                failed.incrementAndGet();
            }
        });
    }
}
