package org.roadmap.notifications.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roadmap.platform.test.ApiClient.json;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.roadmap.notifications.recipient.RecipientMother;
import org.roadmap.notifications.support.Replica;
import org.roadmap.notifications.support.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each replica plans from the recipients and subscriptions it holds in memory: a recipient added or a
 * subscription taken on another replica must count on this one from its next event on.
 */
class FollowersAcrossReplicasTests extends ServiceTest {

    @Autowired
    private Audience audience;

    @Test
    void recipientsAndSubscriptionsWrittenOnAnotherReplicaFollowHere() {
        String entity = "Followers ministry " + UUID.randomUUID();
        String commitment = UUID.randomUUID().toString();
        Subject deadline = new Subject(EventKind.DEADLINE, "jp-pe-2024-2033", "II", List.of(commitment),
                List.of(entity), null);
        Subject meeting = new Subject(EventKind.MEETING, "jp-pe-2024-2033", "II", List.of(commitment),
                List.of(entity), "series-" + commitment);
        assertThat(audience.of(deadline)).isEmpty();
        assertThat(audience.of(meeting)).isEmpty();

        String recipientId;
        try (Replica other = Replica.start("notifications-service-tests", clock,
                "--roadmap.notifications.scheduler.enabled=false")) {
            recipientId = json(other.api().post("/api/v1/recipients", RecipientMother.inboxReader(entity)))
                    .get("id").asString();
            assertThat(audience.of(deadline)).extracting(f -> f.recipient().id()).containsExactly(recipientId);
            assertThat(audience.of(meeting)).isEmpty();

            assertThat(other.api().post("/api/v1/subscriptions", "{\"recipientId\": \"" + recipientId
                    + "\", \"commitmentId\": \"" + commitment + "\", \"kinds\": [\"meeting\"]}").statusCode())
                    .isEqualTo(201);
        }
        assertThat(audience.of(meeting)).extracting(f -> f.recipient().id()).containsExactly(recipientId);
    }
}
