package org.roadmap.platform.messaging;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import org.roadmap.platform.outbox.OutboxConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Idempotent, schema-checked consumption of contract events, a batch at a time. */
@AutoConfiguration(after = OutboxConfiguration.class)
public class MessagingConfiguration {

    @Bean
    ProcessedEvents processedEvents(MongoTemplate mongo, Clock clock) {
        return new ProcessedEvents(mongo, clock);
    }

    @Bean(destroyMethod = "close")
    BatchDeadLetters batchDeadLetters(KafkaProperties kafka) {
        return new BatchDeadLetters(kafka);
    }

    @Bean
    InboundEvents inboundEvents(ProcessedEvents processed, MeterRegistry meters) {
        return new InboundEvents(processed, meters);
    }
}
