package org.roadmap.platform.outbox;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.roadmap.platform.storage.AppendedRecords;
import org.roadmap.platform.tracing.TraceContext;
import org.roadmap.platform.work.LeasedWork;
import org.roadmap.platform.work.WorkConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/** The outbox writer and its relay to Kafka, which runs as leased work: one replica relays at a time. */
@AutoConfiguration(after = {DataMongoAutoConfiguration.class, KafkaAutoConfiguration.class, WorkConfiguration.class})
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxConfiguration {

    /**
     * To the millisecond, as MongoDB stores dates: a time a write answers is the time a later read of the
     * same version gives, not a finer one that storage then cuts.
     */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), java.time.Duration.ofMillis(1));
    }

    @Bean
    @ConditionalOnMissingBean
    TraceContext traceContext(ObjectProvider<io.micrometer.tracing.Tracer> tracer) {
        return new TraceContext(tracer);
    }

    @Bean
    OutboxSignal outboxSignal() {
        return new OutboxSignal();
    }

    @Bean
    AppendedRecords appendedRecords(MongoTemplate mongo) {
        return new AppendedRecords(mongo);
    }

    @Bean
    OutboxWriter outboxWriter(MongoTemplate mongo, OutboxProperties properties, TraceContext traceContext,
            OutboxSignal signal, Clock clock, AppendedRecords appended) {
        return new OutboxWriter(mongo, properties, traceContext, signal, clock, appended);
    }

    @Bean
    OutboxRelay outboxRelay(MongoTemplate mongo, KafkaProperties kafka, LeasedWork work,
            OutboxProperties properties, OutboxSignal signal, MeterRegistry meters, Clock clock) {
        return new OutboxRelay(mongo, new KafkaTemplate<>(producerFactory(kafka, properties)), work, properties,
                signal, meters, clock);
    }

    @Bean
    OutboxHealthIndicator outboxHealthIndicator(OutboxRelay relay, MongoTemplate mongo, OutboxProperties properties) {
        return new OutboxHealthIndicator(relay, mongo, properties);
    }

    /** Idempotent, acks=all, and bounded waits so a down broker fails a pass instead of hanging it. */
    private static DefaultKafkaProducerFactory<String, byte[]> producerFactory(KafkaProperties kafka,
            OutboxProperties properties) {
        Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
        int timeout = (int) properties.sendTimeout().toMillis();
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(timeout, 5_000));
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeout);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        config.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay");
        return new DefaultKafkaProducerFactory<>(config, new StringSerializer(), new ByteArraySerializer());
    }
}
