package org.roadmap.notifications.support;

import org.roadmap.platform.test.ApiClient;
import java.time.Instant;
import java.util.UUID;

import org.roadmap.platform.test.EmbeddedInfrastructure;
import org.roadmap.platform.test.MutableClock;
import org.roadmap.platform.test.TestUser;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service on a random port, on the shared embedded broker and MongoDB-wire server, a real
 * SMTP server, and a clock the test controls (it replaces the {@code Clock} bean). All test classes extending this share one Spring
 * context (same settings), so the service starts once per module.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "roadmap.notifications.webhooks.allow-private-targets=true",
        "roadmap.notifications.webhooks.initial-backoff=50ms",
        "roadmap.notifications.scheduler.poll-interval=200ms",
        "logging.level.org.apache.kafka=WARN", "logging.level.kafka=WARN", "logging.level.org.springframework.kafka=WARN"})
@Import(ServiceTest.TestClockConfiguration.class)
public abstract class ServiceTest {

    public static final Instant START = Instant.parse("2025-10-01T00:00:00Z");

    @LocalServerPort
    protected int port;

    @Autowired
    protected MutableClock clock;

    @Autowired
    private MeterRegistry meters;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.register(registry, "notifications-service-tests");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", Smtp::port);
    }

    /** How many commands of this kind the service has sent to this collection so far (the driver's metric). */
    protected double mongoCommands(String collection, String command) {
        return mongoCommands(meters, collection, command);
    }

    /** The same, counted in a service's own registry (a {@link Replica}'s, say). */
    public static double mongoCommands(MeterRegistry meters, String collection, String command) {
        return meters.find("mongodb.driver.commands").tag("collection", collection).tag("command", command).timers()
                .stream().mapToDouble(Timer::count).sum();
    }

    /** Signed in as the working group's admin. */
    protected ApiClient api() {
        return new ApiClient(port);
    }

    /** Someone signed in as a reader of their own, unlike anyone of another test (so any recipient they get is theirs). */
    protected static TestUser newUser(String who) {
        return TestUser.STAFF_READER.of(who + "-" + UUID.randomUUID().toString().substring(0, 8),
                "Embassy of Japan in Peru", "JP");
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class TestClockConfiguration {

        @Bean
        @Primary
        MutableClock clock() {
            return new MutableClock(START);
        }
    }
}
