package org.roadmap.notifications.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.roadmap.notifications.recipient.RecipientMother;
import org.roadmap.notifications.support.InboxStreamReader;
import org.roadmap.notifications.support.ServiceTest;
import org.roadmap.platform.test.TestUser;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A replica that shuts down ends its dashboards' live streams at once (a dashboard reconnects to a
 * replica that is up) rather than holding its graceful shutdown for the whole timeout: when
 * the context closes, {@link InboxStream#endStreams()} completes every open stream.
 */
class InboxStreamShutdownTests extends ServiceTest {

    @Autowired
    InboxStream streams;

    @Test
    void closingTheServiceEndsItsOpenStreams() {
        TestUser officer = newUser("closing-officer");
        assertThat(api().as(officer).post("/api/v1/recipients",
                RecipientMother.inboxReader("Closing ministry " + UUID.randomUUID())).statusCode()).isEqualTo(201);
        try (InboxStreamReader stream = InboxStreamReader.open(api(), officer)) {
            await().atMost(Duration.ofSeconds(20)).until(stream::connected);

            streams.endStreams();

            await().atMost(Duration.ofSeconds(10)).until(stream::ended);
        }
    }
}
