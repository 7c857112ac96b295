package org.roadmap.notifications.support;

import java.util.ArrayList;
import java.util.List;

import org.roadmap.notifications.NotificationsApplication;
import org.roadmap.platform.test.ApiClient;
import org.roadmap.platform.test.EmbeddedInfrastructure;
import org.roadmap.platform.test.MutableClock;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One more replica of the service, started by a test on the shared broker and SMTP server, with the
 * test's clock, on a random port: for what only shows with several replicas (or with settings of
 * its own, such as a long poll interval).
 */
public final class Replica implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private Replica(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** A replica on {@code database} with the given extra arguments ({@code --name=value}). */
    public static Replica start(String database, MutableClock clock, String... settings) {
        List<String> arguments = new ArrayList<>(List.of(EmbeddedInfrastructure.arguments(database)));
        arguments.addAll(List.of("--server.port=0", "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + Smtp.port(),
                "--logging.level.org.apache.kafka=WARN", "--logging.level.kafka=WARN",
                "--logging.level.org.springframework.kafka=WARN", "--spring.main.banner-mode=off"));
        arguments.addAll(List.of(settings));
        return new Replica(new SpringApplicationBuilder(NotificationsApplication.class)
                .initializers(context -> context.getBeanFactory().registerSingleton("clock", clock))
                .run(arguments.toArray(String[]::new)));
    }

    /** Signed in as the working group's admin. */
    public ApiClient api() {
        return new ApiClient(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
