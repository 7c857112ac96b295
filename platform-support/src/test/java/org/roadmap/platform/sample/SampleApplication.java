package org.roadmap.platform.sample;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.roadmap.events.commitment.CommitmentRegistered;
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

    @Bean
    Consumer<Message<byte[]>> commitmentEvents(InboundEvents inbound) {
        return inbound.consumer("sample-projection")
                .on(CommitmentRegistered.class, (event, registered) -> APPLIED.add(registered));
    }

    public static ConfigurableApplicationContext start(String database, String... extraArguments) {
        String[] infrastructure = org.roadmap.platform.test.EmbeddedInfrastructure.arguments(database);
        String[] arguments = java.util.stream.Stream.concat(java.util.Arrays.stream(infrastructure),
                java.util.Arrays.stream(extraArguments)).toArray(String[]::new);
        return new SpringApplicationBuilder(SampleApplication.class).run(arguments);
    }
}
