package org.roadmap.launcher.faults;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Deadlines moved into the past through the gateway at a steady rate, each to a date of its own,
 * so each change makes notifications-service alert the observer that the commitment is overdue.
 * A change is made on the commitment's current ETag; when an attempt goes unanswered the client
 * reads the commitment to learn whether it was applied, then tries again if not.
 */
final class DeadlineChanges implements AutoCloseable {

    /** One change: which commitment, to which date, and whether the platform acknowledged it. */
    static final class Change {
        final String commitmentId;
        final LocalDate deadline;
        final Instant sentAt = Instant.now();
        volatile boolean acknowledged;

        Change(String commitmentId, LocalDate deadline) {
            this.commitmentId = commitmentId;
            this.deadline = deadline;
        }
    }

    private static final LocalDate FIRST_DATE = LocalDate.of(2020, 1, 1);

    private final Api gateway;
    private final List<String> commitmentIds;
    private final OpenLoop loop = new OpenLoop(4);
    private final Set<String> busy = ConcurrentHashMap.newKeySet();
    private final ConcurrentLinkedQueue<Change> changes = new ConcurrentLinkedQueue<>();
    private final AtomicInteger next = new AtomicInteger();

    DeadlineChanges(Api gateway, List<String> commitmentIds) {
        this.gateway = gateway;
        this.commitmentIds = commitmentIds;
    }

    void start(double perSecond) {
        loop.start(perSecond, this::changeNext);
    }

    /** One change at a time per commitment, so each has settled before the next moves it again. */
    private void changeNext() {
        int number = next.getAndIncrement();
        String id = commitmentIds.get(number % commitmentIds.size());
        if (!busy.add(id)) {
            return;
        }
        Change change = new Change(id, FIRST_DATE.plusDays(number));
        changes.add(change);
        loop.send(() -> {
            try {
                apply(change);
            } finally {
                busy.remove(id);
            }
        });
    }

    private void apply(Change change) {
        long giveUpAt = System.nanoTime() + OpenLoop.GIVE_UP_AFTER.toNanos();
        String path = "/api/v1/commitments/" + change.commitmentId;
        while (System.nanoTime() < giveUpAt && !Thread.currentThread().isInterrupted()) {
            try {
                HttpResponse<String> current = gateway.get(path);
                if (current.statusCode() == 200) {
                    if (change.deadline.toString().equals(Api.tree(current.body()).path("deadline").asText())) {
                        change.acknowledged = true; // an earlier attempt went through unanswered
                        return;
                    }
                    String etag = current.headers().firstValue("ETag").orElseThrow();
                    HttpResponse<String> patched = gateway.send("PATCH", path, "application/merge-patch+json",
                            "{\"deadline\": \"" + change.deadline + "\"}", "If-Match", etag);
                    if (patched.statusCode() == 200) {
                        change.acknowledged = true;
                        return;
                    }
                }
            } catch (IOException e) {
                // unanswered: read the commitment again before retrying
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void stopAndSettle() throws InterruptedException {
        loop.stopAndSettle();
    }

    List<Change> changes() {
        return List.copyOf(changes);
    }

    @Override
    public void close() {
        loop.close();
    }
}
