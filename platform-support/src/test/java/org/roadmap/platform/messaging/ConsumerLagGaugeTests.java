package org.roadmap.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.roadmap.platform.sample.SampleApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The consumers' lag, which every service publishes for its operators, is read without a warning in the log. The
 * Kafka binder asks the end offsets through a consumer that holds no partitions, and kafka-clients 4.0 to 4.3 warn
 * for each partition each time (benign, DEBUG from 4.4, KAFKA-20449): about once a minute, for every partition of
 * every consumer group, drowning the warnings that matter.
 */
@ExtendWith(OutputCaptureExtension.class)
class ConsumerLagGaugeTests {

    private static final String LAG = "spring.cloud.stream.binder.kafka.offset";

    private static ConfigurableApplicationContext service;

    @BeforeAll
    static void start() {
        service = SampleApplication.start("consumer-lag");
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void readingTheConsumersLagLeavesNoWarningInTheLog(CapturedOutput output) {
        MeterRegistry meters = service.getBean(MeterRegistry.class);
        var gauges = meters.find(LAG).gauges();
        assertThat(gauges).as("the binder's lag gauges").isNotEmpty();

        gauges.forEach(Gauge::value);

        assertThat(output.getAll()).doesNotContain("Not updating high watermark")
                .doesNotContain("Not updating last stable offset");
    }
}
