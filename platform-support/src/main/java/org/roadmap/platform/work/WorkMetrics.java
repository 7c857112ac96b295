package org.roadmap.platform.work;

import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/** The same meters for every loop, told apart by the tag {@code work}. */
final class WorkMetrics {

    static final String COMPLETED = "completed";
    static final String FAILED = "failed";
    static final String LEASE_LOST = "lease-lost";
    static final String INTERRUPTED = "interrupted";

    private final MeterRegistry meters;
    private final String work;

    WorkMetrics(MeterRegistry meters, String work) {
        this.meters = meters;
        this.work = work;
    }

    void round(String outcome, long nanos) {
        Timer.builder("roadmap.work.rounds").description("Rounds of leased background work, by outcome")
                .tag("work", work).tag("outcome", outcome).register(meters).record(nanos, TimeUnit.NANOSECONDS);
    }

    void leaseUnavailable() {
        Counter.builder("roadmap.work.lease.unavailable").description("Rounds not run: another replica held the lease")
                .tag("work", work).register(meters).increment();
    }
}
