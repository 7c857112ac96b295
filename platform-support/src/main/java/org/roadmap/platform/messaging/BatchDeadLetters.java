package org.roadmap.platform.messaging;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.roadmap.events.MalformedEventException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.cloud.stream.binder.ExtendedConsumerProperties;
import org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer;
import org.springframework.cloud.stream.binder.kafka.properties.KafkaConsumerProperties;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Retries and dead-letters the record that failed within a batch, and only that one. The Kafka binder sends every
 * record of a failed batch to the dead-letter topic; the container's error handler set here instead finishes the
 * records before the one {@link InboundEvents} names (a {@link BatchListenerFailedException}), retries that one as the
 * binding's {@code max-attempts} and back-off say (at once to the dead letters when no attempt could change the
 * outcome: a {@link MalformedEventException}, a {@link RefusedByRuleException}, or an exception the binding lists as
 * not retryable), and then goes on with the records after it. A dead letter carries the same {@code x-} headers as
 * the binder writes for a record consumed on its own, so what reads the dead-letter topics reads both alike. A
 * binding without dead letters ({@code enable-dlq: false}) logs the record and goes on. Bindings that take records
 * one at a time keep the binder's own retries and dead letters.
 */
class BatchDeadLetters implements ListenerContainerWithDlqAndRetryCustomizer {

    private static final Logger log = LoggerFactory.getLogger(BatchDeadLetters.class);
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);

    private final KafkaTemplate<byte[], byte[]> template;

    BatchDeadLetters(KafkaProperties kafka) {
        Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "dead-letters");
        this.template = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config, new ByteArraySerializer(),
                new ByteArraySerializer()));
    }

    @Override
    public void configure(AbstractMessageListenerContainer<?, ?> container, String destinationName, String group,
            BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> dlqDestinationResolver, BackOff backOff) {
        // the binder calls the variant below, with the binding's properties
    }

    @Override
    public void configure(AbstractMessageListenerContainer<?, ?> container, String destinationName, String group,
            BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> dlqDestinationResolver, BackOff backOff,
            ExtendedConsumerProperties<KafkaConsumerProperties> properties) {
        if (!properties.isBatchMode()) {
            return;
        }
        ConsumerRecordRecoverer recoverer = dlqDestinationResolver == null
                ? (record, failure) -> log.error("{} gives up on record {}-{}@{}: {}", group, record.topic(),
                        record.partition(), record.offset(), RecordText.printable(message(cause(failure))))
                : (record, failure) -> {
                    TopicPartition to = dlqDestinationResolver.apply(record, failure);
                    deadLetter(record, cause(failure), to);
                    // once, here: each failed attempt before is a line at WARN (FailedAttempts). The stack trace is
                    // in the dead letter's x-exception-stacktrace; in the log only at DEBUG, since its message lines
                    // carry what the record said, unescaped
                    log.error("{} dead-lettered record {}-{}@{} (key {}) to {}: {}", group, record.topic(),
                            record.partition(), record.offset(), RecordText.printable(key(record)), to.topic(),
                            RecordText.printable(message(cause(failure))));
                    log.debug("Why {}-{}@{} was dead-lettered", record.topic(), record.partition(), record.offset(),
                            cause(failure));
                };
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer,
                backOff == null ? new FixedBackOff(0L, 0L) : backOff);
        // the container logs what the handler throws to have a batch's rest read again at this level: at ERROR,
        // that was a stack trace for every attempt of a record that was then retried
        handler.setLogLevel(KafkaException.Level.DEBUG);
        handler.addNotRetryableExceptions(MalformedEventException.class, RefusedByRuleException.class);
        properties.getRetryableExceptions().forEach((type, retryable) -> {
            if (Exception.class.isAssignableFrom(type)) {
                if (retryable) {
                    handler.addRetryableExceptions(type.asSubclass(Exception.class));
                } else {
                    handler.addNotRetryableExceptions(type.asSubclass(Exception.class));
                }
            }
        });
        container.setCommonErrorHandler(handler);
    }

    /** Sends the record as it came, with the binder's {@code x-} headers; waits, so a failed send is retried. */
    private void deadLetter(ConsumerRecord<?, ?> record, Throwable cause, TopicPartition to) {
        RecordHeaders headers = new RecordHeaders(record.headers().toArray());
        headers.add("x-original-topic", bytes(record.topic()));
        headers.add("x-original-partition", ByteBuffer.allocate(Integer.BYTES).putInt(record.partition()).array());
        headers.add("x-original-offset", ByteBuffer.allocate(Long.BYTES).putLong(record.offset()).array());
        headers.add("x-original-timestamp", ByteBuffer.allocate(Long.BYTES).putLong(record.timestamp()).array());
        headers.add("x-original-timestamp-type", bytes(record.timestampType().toString()));
        headers.add("x-exception-fqcn", bytes(cause.getClass().getName()));
        String message = message(cause);
        if (message != null) {
            headers.add("x-exception-message", bytes(message));
        }
        StringWriter trace = new StringWriter();
        cause.printStackTrace(new PrintWriter(trace));
        headers.add("x-exception-stacktrace", bytes(trace.toString()));
        try {
            template.send(new ProducerRecord<>(to.topic(), to.partition() < 0 ? null : to.partition(),
                    (byte[]) record.key(), (byte[]) record.value(), headers))
                    .get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while dead-lettering " + record.topic() + "-"
                    + record.partition() + "@" + record.offset(), e);
        } catch (Exception e) {
            throw new IllegalStateException("Could not dead-letter " + record.topic() + "-" + record.partition() + "@"
                    + record.offset() + " to " + to.topic() + ": " + e.getMessage(), e);
        }
    }

    /** What the handler threw: the failure the batch's exception names, inside the binder's and container's. */
    static Throwable cause(Throwable failure) {
        BatchListenerFailedException at = batchFailure(failure);
        return at != null && at.getCause() != null ? at.getCause() : failure;
    }

    /** The exception that names the record a batch failed at, within the failure's causes; null if none does. */
    static BatchListenerFailedException batchFailure(Throwable failure) {
        Throwable at = failure;
        while (at != null && !(at instanceof BatchListenerFailedException)) {
            at = at.getCause();
        }
        return (BatchListenerFailedException) at;
    }

    /** The failure's message and its cause's, as the binder writes them. */
    static String message(Throwable failure) {
        String message = failure.getMessage();
        Throwable cause = failure.getCause();
        if (cause != null && cause != failure && cause.getMessage() != null) {
            message = message == null ? cause.getMessage() : message + "; " + cause.getMessage();
        }
        return message;
    }

    /** The record's key, the aggregate's id, as text (the platform's keys are UTF-8). */
    private static String key(ConsumerRecord<?, ?> record) {
        return record.key() instanceof byte[] key ? new String(key, StandardCharsets.UTF_8)
                : String.valueOf(record.key());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    void close() {
        template.getProducerFactory().reset();
    }
}
