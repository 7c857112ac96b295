package org.roadmap.bench.faults;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.roadmap.bench.OpenLoop;
import org.roadmap.bench.PlatformApi;
import org.roadmap.events.EventJson;

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

    private final PlatformApi gateway;
    private final List<String> commitmentIds;
    private final OpenLoop loop = new OpenLoop(4);
    private final Set<String> busy = ConcurrentHashMap.newKeySet();
    private final ConcurrentLinkedQueue<Change> changes = new ConcurrentLinkedQueue<>();

    DeadlineChanges(PlatformApi gateway, List<String> commitmentIds) {
        this.gateway = gateway;
        this.commitmentIds = commitmentIds;
    }

    void start(double perSecond) {
        loop.start(perSecond, this::changeNext);
    }

    /** One change at a time per commitment, so each has settled before the next moves it again. */
    private void changeNext(int number) {
        String id = commitmentIds.get(number % commitmentIds.size());
        if (!busy.add(id)) {
            return;
        }
        Change change = new Change(id, FIRST_DATE.plusDays(number));
        changes.add(change);
        loop.send(() -> {
            try {
                OpenLoop.retry(() -> apply(change));
            } finally {
                busy.remove(id);
            }
        });
    }

    /** One attempt on the commitment's current ETag; done once the commitment has the new deadline. */
    private boolean apply(Change change) throws InterruptedException {
        String path = "/api/v1/commitments/" + change.commitmentId;
        try {
            HttpResponse<String> current = gateway.send(path);
            if (current.statusCode() != 200) {
                return false;
            }
            if (change.deadline.toString().equals(EventJson.tree(current.body()).path("deadline").asString(""))) {
                change.acknowledged = true; // an earlier attempt went through unanswered
                return true;
            }
            String etag = current.headers().firstValue("ETag").orElseThrow();
            HttpResponse<String> patched = gateway.send("PATCH", path, "application/merge-patch+json",
                    "{\"deadline\": \"" + change.deadline + "\"}", "If-Match", etag);
            if (patched.statusCode() != 200) {
                return false;
            }
            change.acknowledged = true;
            return true;
        } catch (IOException e) {
            return false; // unanswered: read the commitment again before retrying
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
