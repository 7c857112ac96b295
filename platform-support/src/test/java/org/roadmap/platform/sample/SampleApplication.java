package org.roadmap.platform.sample;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.roadmap.events.commitment.CommitmentRegistered;
import org.roadmap.platform.messaging.BatchWork;
import org.roadmap.platform.messaging.InboundEvents;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.messaging.Message;

/** A minimal service using the support module as the real services do: outbox writes and one consumer. */
@SpringBootApplication
public class SampleApplication {

    /** What the consumer applied, in order. */
    public static final List<CommitmentRegistered> APPLIED = new CopyOnWriteArrayList<>();

    /** The ids of the events it applied. */
    public static final java.util.Set<String> APPLIED_EVENT_IDS = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Title of events whose handling always fails, as if a dependency were broken. */
    public static final String FAILING_TITLE = "handler always fails";

    /** Handler invocations for events with {@link #FAILING_TITLE}. */
    public static final java.util.concurrent.atomic.AtomicInteger FAILED_ATTEMPTS = new java.util.concurrent.atomic.AtomicInteger();

    /** The commitment ids of each batch's put-off work, as it was done. */
    public static final List<List<String>> BATCH_ENDS = new CopyOnWriteArrayList<>();

    @Bean
    Consumer<Message<List<byte[]>>> commitmentEvents(InboundEvents inbound) {
        return inbound.consumer("sample-projection")
                .on(CommitmentRegistered.class, (event, registered) -> {
                    if (FAILING_TITLE.equals(registered.title())) {
                        FAILED_ATTEMPTS.incrementAndGet();
                        throw new IllegalStateException("projection store unavailable");
                    }
                    APPLIED.add(registered);
                    APPLIED_EVENT_IDS.add(event.id());
                    BatchWork.putOff(SampleApplication.class, registered.commitmentId(), registered,
                            SampleApplication::atBatchEnd);
                });
    }

    /** Title of events whose put-off work always fails, with the work of all the others put off with them. */
    public static final String FAILING_AT_BATCH_END_TITLE = "put-off work always fails";

    private static void atBatchEnd(List<CommitmentRegistered> registered) {
        if (registered.stream().anyMatch(r -> FAILING_AT_BATCH_END_TITLE.equals(r.title()))) {
            throw new IllegalStateException("put-off work failed");
        }
        BATCH_ENDS.add(registered.stream().map(CommitmentRegistered::commitmentId).toList());
    }

    public static ConfigurableApplicationContext start(String database, String... extraArguments) {
        String[] infrastructure = org.roadmap.platform.test.EmbeddedInfrastructure.arguments(database);
        String[] arguments = java.util.stream.Stream.concat(java.util.Arrays.stream(infrastructure),
                java.util.Arrays.stream(extraArguments)).toArray(String[]::new);
        return new SpringApplicationBuilder(SampleApplication.class).run(arguments);
    }
}
