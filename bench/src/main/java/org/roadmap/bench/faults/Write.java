package org.roadmap.bench.faults;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * One progress report the load sends, and what became of it. Its summary names it, so the check
 * can find it in the store and in its event; its Idempotency-Key makes every retry the same write.
 */
final class Write {

    private final String run;
    private final int number;
    private final String commitmentId;
    private final AtomicInteger attempts = new AtomicInteger();
    private volatile boolean acknowledged;
    private volatile String refusal;

    Write(String run, int number, String commitmentId) {
        this.run = run;
        this.number = number;
        this.commitmentId = commitmentId;
    }

    String summary() {
        return "Fault run " + run + ", write " + number;
    }

    String idempotencyKey() {
        return "fault-" + run + "-" + number;
    }

    String commitmentId() {
        return commitmentId;
    }

    int attempt() {
        return attempts.incrementAndGet();
    }

    int attempts() {
        return attempts.get();
    }

    void acknowledge() {
        acknowledged = true;
    }

    boolean acknowledged() {
        return acknowledged;
    }

    /** A 4xx other than a passing one: the platform said no to a valid write, which the check reports. */
    void refuse(String answer) {
        refusal = answer;
    }

    String refusal() {
        return refusal;
    }
}
