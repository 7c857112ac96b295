package org.roadmap.platform.outbox;

import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/** Published and failed events per topic, and how long events waited in the outbox. */
final class OutboxMetrics {

    private final MeterRegistry meters;

    OutboxMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    void published(String topic, Duration delay) {
        Counter.builder("roadmap.outbox.published").description("Events acknowledged by Kafka")
                .tag("topic", topic).register(meters).increment();
        Timer.builder("roadmap.outbox.delay").description("From the state change to the broker's acknowledgement")
                .tag("topic", topic).register(meters).record(delay);
    }

    void failed(String topic) {
        Counter.builder("roadmap.outbox.failures").description("Publish attempts the broker did not acknowledge")
                .tag("topic", topic).register(meters).increment();
    }
}
