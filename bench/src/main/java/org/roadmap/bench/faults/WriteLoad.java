package org.roadmap.bench.faults;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

import org.roadmap.bench.OpenLoop;
import org.roadmap.bench.PlatformApi;

/**
 * Progress reports through the gateway at a steady rate, each retried with its Idempotency-Key
 * until acknowledged, as a ministry's client would: while a service is down the gateway answers
 * 503 (or nothing, when it is the one down) and the client tries again.
 */
final class WriteLoad implements AutoCloseable {

    private final PlatformApi gateway;
    private final Map<String, String> sides;
    private final List<String> commitmentIds;
    private final String run;
    private static final int SERVER_ERRORS_KEPT = 5;

    private final OpenLoop loop = new OpenLoop(16);
    private final ConcurrentLinkedQueue<Write> writes = new ConcurrentLinkedQueue<>();
    private final Map<Integer, AtomicLong> retriedAnswers = new ConcurrentSkipListMap<>();
    private final AtomicLong serverErrors = new AtomicLong();
    /** The first few of those answers, as the client got them: which part answered 500, and why. */
    private final ConcurrentLinkedQueue<String> serverErrorAnswers = new ConcurrentLinkedQueue<>();
    private final AtomicLong noAnswer = new AtomicLong();
    private final AtomicLong acknowledged = new AtomicLong();

    /** @param sides each commitment's id and a country responsible for it (only a responsible side reports) */
    WriteLoad(PlatformApi gateway, Map<String, String> sides, String run) {
        this.gateway = gateway;
        this.sides = sides;
        this.commitmentIds = List.copyOf(sides.keySet());
        this.run = run;
    }

    void start(double perSecond) {
        loop.start(perSecond, this::sendNext);
    }

    /** Stops sending new writes and waits for those under way to be acknowledged or given up. */
    void stopAndSettle() throws InterruptedException {
        loop.stopAndSettle();
    }

    private void sendNext(int number) {
        Write write = new Write(run, number, commitmentIds.get(number % commitmentIds.size()));
        writes.add(write);
        loop.send(() -> OpenLoop.retry(() -> send(write)));
    }

    /** One attempt; done once acknowledged or refused. */
    private boolean send(Write write) throws InterruptedException {
        String body = """
                {"country": "%s", "organisation": "Road Map working group", "summary": "%s",
                 "level": "limited", "health": "on-track"}""".formatted(sides.get(write.commitmentId()), write.summary());
        write.attempt();
        try {
            HttpResponse<String> response = gateway.send("POST", "/api/v1/commitments/" + write.commitmentId()
                    + "/progress-reports", "application/json", body, "Idempotency-Key", write.idempotencyKey());
            int status = response.statusCode();
            if (status == 200 || status == 201) {
                write.acknowledge();
                acknowledged.incrementAndGet();
                return true;
            }
            if (status >= 500 && status != 502 && status != 503 && status != 504
                    && serverErrors.incrementAndGet() <= SERVER_ERRORS_KEPT) {
                String answer = response.body() == null ? "" : response.body();
                serverErrorAnswers.add(Instant.now() + " " + status + " "
                        + answer.substring(0, Math.min(answer.length(), 500)));
            }
            if (status >= 500 || status == 429 || status == 409) {
                // down, overloaded, or the first attempt still in flight: a client tries again
                retriedAnswers.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
                return false;
            }
            write.refuse(status + " " + response.body());
            return true;
        } catch (IOException e) {
            noAnswer.incrementAndGet();
            return false;
        }
    }

    List<Write> writes() {
        return List.copyOf(writes);
    }

    long serverErrors() {
        return serverErrors.get();
    }

    /** The first {@value #SERVER_ERRORS_KEPT} answers counted by {@link #serverErrors()}, each with when it came. */
    List<String> serverErrorAnswers() {
        return List.copyOf(serverErrorAnswers);
    }

    /** The answers that made the client try again, by status. */
    Map<Integer, Long> retriedAnswers() {
        Map<Integer, Long> counts = new TreeMap<>();
        retriedAnswers.forEach((status, count) -> counts.put(status, count.get()));
        return counts;
    }

    long acknowledged() {
        return acknowledged.get();
    }

    long unanswered() {
        return noAnswer.get();
    }

    @Override
    public void close() {
        loop.close();
    }
}
