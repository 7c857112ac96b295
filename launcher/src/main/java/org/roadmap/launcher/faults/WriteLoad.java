package org.roadmap.launcher.faults;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Progress reports through the gateway at a steady rate, each retried with its Idempotency-Key
 * until acknowledged, as a ministry's client would: while a service is down the gateway answers
 * 503 (or nothing, when it is the one down) and the client tries again.
 */
final class WriteLoad implements AutoCloseable {

    private static final long RETRY_PAUSE_MS = 500;

    private final Api gateway;
    private final Map<String, String> sides;
    private final List<String> commitmentIds;
    private final String run;
    private final OpenLoop loop = new OpenLoop(16);
    private final ConcurrentLinkedQueue<Write> writes = new ConcurrentLinkedQueue<>();
    private final AtomicInteger next = new AtomicInteger();
    private final Map<Integer, AtomicLong> retriedAnswers = new ConcurrentSkipListMap<>();
    private final AtomicLong serverErrors = new AtomicLong();
    private final AtomicLong noAnswer = new AtomicLong();
    private final AtomicLong acknowledged = new AtomicLong();

    /** @param sides each commitment's id and a country responsible for it (only a responsible side reports) */
    WriteLoad(Api gateway, Map<String, String> sides, String run) {
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

    private void sendNext() {
        int number = next.getAndIncrement();
        Write write = new Write(run, number, commitmentIds.get(number % commitmentIds.size()));
        writes.add(write);
        loop.send(() -> send(write));
    }

    private void send(Write write) {
        String body = """
                {"country": "%s", "organisation": "Road Map working group", "summary": "%s",
                 "level": "limited", "health": "on-track"}""".formatted(sides.get(write.commitmentId()), write.summary());
        long giveUpAt = System.nanoTime() + OpenLoop.GIVE_UP_AFTER.toNanos();
        while (System.nanoTime() < giveUpAt) {
            write.attempt();
            try {
                HttpResponse<String> response = gateway.send("POST", "/api/v1/commitments/" + write.commitmentId()
                        + "/progress-reports", "application/json", body, "Idempotency-Key", write.idempotencyKey());
                int status = response.statusCode();
                if (status == 200 || status == 201) {
                    write.acknowledge();
                    acknowledged.incrementAndGet();
                    return;
                }
                if (status >= 500 && status != 502 && status != 503 && status != 504) {
                    serverErrors.incrementAndGet();
                }
                if (status >= 500 || status == 429 || status == 409) {
                    // down, overloaded, or the first attempt still in flight: a client tries again
                    retriedAnswers.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
                } else {
                    write.refuse(status + " " + response.body());
                    return;
                }
            } catch (IOException e) {
                noAnswer.incrementAndGet();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            try {
                Thread.sleep(RETRY_PAUSE_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    List<Write> writes() {
        return List.copyOf(writes);
    }

    long serverErrors() {
        return serverErrors.get();
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
