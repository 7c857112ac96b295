package org.roadmap.notifications.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.roadmap.platform.test.ApiClient.json;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.roadmap.notifications.recipient.RecipientMother;
import org.roadmap.notifications.support.InboxStreamReader;
import org.roadmap.notifications.support.ServiceTest;
import org.roadmap.platform.test.TestUser;
import org.springframework.beans.factory.annotation.Autowired;

/** A dashboard that lost its stream gets, on reconnecting, what came to its inbox meanwhile: once, in order. */
class InboxStreamReplayTests extends ServiceTest {

    @Autowired
    InboxManagement inbox;

    @Test
    void aReconnectingDashboardIsSentWhatCameAfterItsLastEvent() {
        TestUser officer = newUser("reconnecting-officer");
        String recipient = json(api().as(officer).post("/api/v1/recipients",
                RecipientMother.inboxReader("Replay ministry " + UUID.randomUUID()))).get("id").asString();
        List<InboxItem> items = List.of(item(recipient, 1), item(recipient, 2), item(recipient, 3));
        inbox.addAll(List.of(items.get(0)));
        // the dashboard got the first item, then lost its connection; two more came while it was away
        inbox.addAll(items.subList(1, 3));

        try (InboxStreamReader stream = InboxStreamReader.reopen(api(), officer, items.get(0).id())) {
            await().atMost(Duration.ofSeconds(20)).until(() -> stream.ids().size() == 2);
            assertThat(stream.ids()).containsExactly(items.get(1).id(), items.get(2).id());
            InboxItem live = item(recipient, 4);
            inbox.addAll(List.of(live, items.get(2)));
            await().atMost(Duration.ofSeconds(20)).until(() -> stream.ids().size() >= 3);
            assertThat(stream.ids()).containsExactly(items.get(1).id(), items.get(2).id(), live.id());
        }
    }

    @Test
    void anIdThatIsNotTheCallersReplaysNothing() {
        TestUser officer = newUser("curious-officer");
        String recipient = json(api().as(officer).post("/api/v1/recipients",
                RecipientMother.inboxReader("Curious ministry " + UUID.randomUUID()))).get("id").asString();
        TestUser other = newUser("other-officer");
        String otherRecipient = json(api().as(other).post("/api/v1/recipients",
                RecipientMother.inboxReader("Neighbouring ministry " + UUID.randomUUID()))).get("id").asString();
        InboxItem theirs = item(otherRecipient, 1);
        inbox.addAll(List.of(theirs, item(otherRecipient, 2), item(recipient, 1)));

        int n = 2;
        for (String lastEventId : List.of(theirs.id(), "no-such-item", "%00' OR 1=1", "x".repeat(5000))) {
            try (InboxStreamReader stream = InboxStreamReader.reopen(api(), officer, lastEventId)) {
                await().atMost(Duration.ofSeconds(20)).until(stream::connected);
                assertThat(stream.status()).isEqualTo(200);
                // a replay would come before anything live
                InboxItem live = item(recipient, n++);
                inbox.addAll(List.of(live));
                await().atMost(Duration.ofSeconds(20)).until(() -> !stream.ids().isEmpty());
                assertThat(stream.ids()).as(lastEventId).containsExactly(live.id());
            }
        }
    }

    private static InboxItem item(String recipient, int n) {
        return new InboxItem(UUID.randomUUID().toString(), recipient, "deadline-ahead", "commitment-" + n,
                "Reminder " + n, "Body " + n, false, Instant.parse("2025-10-18T00:00:00Z").plusSeconds(n), null);
    }
}
