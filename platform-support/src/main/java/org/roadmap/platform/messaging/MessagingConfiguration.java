package org.roadmap.platform.messaging;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import org.roadmap.platform.outbox.OutboxConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.integration.channel.PublishSubscribeChannel;
import org.springframework.integration.context.IntegrationContextUtils;

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

    /**
     * The application's error channel, where every binding's failures go: defined here, Spring Integration does not
     * add its own, whose logger wrote every failed attempt of a record at ERROR with its stack trace.
     */
    @Bean(IntegrationContextUtils.ERROR_CHANNEL_BEAN_NAME)
    PublishSubscribeChannel errorChannel() {
        PublishSubscribeChannel channel = new PublishSubscribeChannel();
        channel.subscribe(new FailedAttempts());
        return channel;
    }

    @Bean
    InboundEvents inboundEvents(ProcessedEvents processed, MeterRegistry meters) {
        return new InboundEvents(processed, meters);
    }
}
