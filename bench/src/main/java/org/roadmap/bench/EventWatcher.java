package org.roadmap.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * A plain Kafka consumer reading topics continuously from their end (a group of its own) and remembering
 * when each record arrived, under a name the benchmark chooses ({@code nameOf} returns null to ignore a record).
 */
final class EventWatcher implements AutoCloseable {

    private final Map<String, Long> arrivals = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean running = true;

    EventWatcher(String kafka, List<String> topics, Function<ConsumerRecord<String, byte[]>, String> nameOf)
            throws InterruptedException {
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka, ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest"), new StringDeserializer(), new ByteArrayDeserializer());
        CountDownLatch assigned = new CountDownLatch(1);
        thread = new Thread(() -> {
            try (consumer) {
                consumer.subscribe(topics);
                while (running) {
                    var records = consumer.poll(Duration.ofMillis(20));
                    if (!consumer.assignment().isEmpty()) {
                        assigned.countDown();
                    }
                    long now = System.nanoTime();
                    records.forEach(r -> {
                        String name = nameOf.apply(r);
                        if (name != null) {
                            arrivals.putIfAbsent(name, now);
                        }
                    });
                }
            }
        }, "bench-event-watcher");
        thread.setDaemon(true);
        thread.start();
        assigned.await();
    }

    /** When the record named {@code name} arrived (System.nanoTime), waiting for it up to {@code timeout}. */
    long await(String name, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Long arrived = arrivals.get(name);
            if (arrived != null) {
                return arrived;
            }
            Thread.sleep(0, 200_000);
        }
        throw new IllegalStateException("Record " + name + " not seen on Kafka within " + timeout);
    }

    /** When the record named {@code name} arrived, if it has. */
    Long arrivalOf(String name) {
        return arrivals.get(name);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join();
    }
}
