package org.roadmap.notifications.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.roadmap.platform.test.ApiClient.json;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.roadmap.notifications.recipient.RecipientMother;
import org.roadmap.notifications.support.EventsOnTheWire;
import org.roadmap.notifications.support.InboxStreamReader;
import org.roadmap.notifications.support.ServiceTest;
import org.roadmap.platform.test.ApiClient;
import org.roadmap.platform.test.TestUser;

import tools.jackson.databind.JsonNode;

class InboxTests extends ServiceTest {

    private final EventsOnTheWire wire = new EventsOnTheWire();

    @AfterEach
    void close() {
        wire.close();
    }

    @Test
    void dashboardStreamReceivesTheNewNotificationAndReadingItClearsTheUnreadCount() {
        clock.set(START);
        TestUser officer = newUser("tokyo-officer");
        String entity = "Inbox ministry " + UUID.randomUUID();
        ApiClient mine = api().as(officer);
        assertThat(mine.post("/api/v1/recipients", RecipientMother.inboxReader(entity)).statusCode()).isEqualTo(201);
        try (InboxStreamReader stream = InboxStreamReader.open(api(), officer)) {
            await().atMost(Duration.ofSeconds(20)).until(stream::connected);
            String commitment = registeredWithAlerts(entity);

            clock.set(Instant.parse("2025-10-18T00:00:00Z"));

            await().atMost(Duration.ofSeconds(20)).until(() -> !stream.data().isEmpty());
            assertThat(stream.lines()).contains("event:notification");
            assertThat(stream.data().get(0)).contains("【リマインダー】取組III.1の期限は30日後です").contains(commitment);
        }
        assertThat(json(mine.get("/api/v1/inbox/unread-count")).get("unread").asInt()).isEqualTo(1);
        JsonNode items = json(mine.get("/api/v1/inbox?limit=10"));
        assertThat(items).hasSize(1);
        String item = items.get(0).get("id").asString();

        assertThat(mine.post("/api/v1/inbox/items/" + item + "/read", "").statusCode()).isEqualTo(200);
        assertThat(mine.post("/api/v1/inbox/items/" + item + "/read", "").statusCode()).isEqualTo(200);
        assertThat(json(mine.get("/api/v1/inbox/unread-count")).get("unread").asInt()).isZero();
        assertThat(json(mine.get("/api/v1/inbox?unread=true"))).isEmpty();
        assertThat(mine.post("/api/v1/inbox/items/nothing/read", "").statusCode()).isEqualTo(404);
    }

    @Test
    void eachUserReadsMarksAndStreamsOnlyTheirOwnInboxAndDeliveries() {
        clock.set(START);
        TestUser a = newUser("officer-a");
        TestUser b = newUser("officer-b");
        String entityA = "Ministry A " + UUID.randomUUID();
        String entityB = "Ministry B " + UUID.randomUUID();
        String recipientA = json(api().as(a).post("/api/v1/recipients", RecipientMother.inboxReader(entityA)))
                .get("id").asString();
        String recipientB = json(api().post("/api/v1/recipients",
                RecipientMother.forUser(RecipientMother.inboxReader(entityB), b.subject()))).get("id").asString();
        String commitmentA;
        try (InboxStreamReader streamA = InboxStreamReader.open(api(), a);
                InboxStreamReader streamB = InboxStreamReader.open(api(), b)) {
            await().atMost(Duration.ofSeconds(20)).until(() -> streamA.connected() && streamB.connected());
            commitmentA = registeredWithAlerts(entityA);
            String commitmentB = registeredWithAlerts(entityB);

            clock.set(Instant.parse("2025-10-18T00:00:00Z"));

            await().atMost(Duration.ofSeconds(20)).until(() -> !streamA.data().isEmpty() && !streamB.data().isEmpty());
            await().atMost(Duration.ofSeconds(20)).until(() -> unread(a) == 1 && unread(b) == 1);
            assertThat(streamA.data()).singleElement().satisfies(data -> assertThat(data).contains(commitmentA));
            assertThat(streamB.data()).singleElement().satisfies(data -> assertThat(data).contains(commitmentB));
        }
        JsonNode itemsOfB = json(api().as(b).get("/api/v1/inbox"));
        assertThat(itemsOfB).hasSize(1);
        String itemOfB = itemsOfB.get(0).get("id").asString();

        HttpResponse<String> markOthers = api().as(a).post("/api/v1/inbox/items/" + itemOfB + "/read", "");
        assertThat(markOthers.statusCode()).isEqualTo(404);
        assertThat(markOthers.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(api().as(a).get("/api/v1/inbox"))).singleElement()
                .satisfies(item -> assertThat(item.get("aboutId").asString()).isEqualTo(commitmentA));
        assertThat(json(api().as(a).post("/api/v1/inbox/read-all", "")).get("marked").asInt()).isEqualTo(1);
        assertThat(unread(b)).isEqualTo(1);

        assertThat(json(api().as(a).get("/api/v1/deliveries"))).isNotEmpty()
                .allSatisfy(d -> assertThat(d.get("recipientId").asString()).isEqualTo(recipientA));
        assertThat(api().as(a).get("/api/v1/deliveries?recipientId=" + recipientB).statusCode()).isEqualTo(403);
        assertThat(api().as(a).get("/api/v1/deliveries/" + itemOfB).statusCode()).isEqualTo(403);
        assertThat(json(api().get("/api/v1/deliveries?limit=500")).valueStream()
                .map(d -> d.get("recipientId").asString())).contains(recipientA, recipientB);
    }

    @Test
    void aUserWithoutRecipientIsToldSoAndNobodyReadsAnInboxWithoutSigningIn() {
        ApiClient newcomer = api().as(newUser("newcomer"));

        HttpResponse<String> list = newcomer.get("/api/v1/inbox");
        assertThat(list.statusCode()).isEqualTo(404);
        assertThat(list.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(list).get("detail").asString()).contains("No recipient for you");
        assertThat(newcomer.get("/api/v1/inbox/unread-count").statusCode()).isEqualTo(404);
        assertThat(json(newcomer.get("/api/v1/deliveries"))).isEmpty();

        HttpResponse<String> anonymous = api().withoutToken().get("/api/v1/inbox");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                v -> assertThat(v).startsWith("Bearer"));
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(api().withoutToken().post("/api/v1/inbox/read-all", "").statusCode()).isEqualTo(401);
        assertThat(api().withoutToken().get("/api/v1/deliveries").statusCode()).isEqualTo(401);
    }

    @Test
    void theStreamOfAUserWithoutRecipientIsRefusedWithAProblem() {
        try (InboxStreamReader stream = InboxStreamReader.open(api(), newUser("no-inbox"))) {
            assertThat(stream.status()).isEqualTo(404);
        }
    }

    /** A commitment of {@code entity} registered, its four deadline alerts planned (30, 7, 1 days and overdue). */
    private String registeredWithAlerts(String entity) {
        String commitment = UUID.randomUUID().toString();
        wire.send(commitment, EventsOnTheWire.registered(commitment, LocalDate.of(2025, 11, 17), entity, "Other"));
        await().atMost(Duration.ofSeconds(30)).until(() -> json(api().get(
                "/api/v1/notifications/commitments/" + commitment + "/alerts")).size() == 4);
        return commitment;
    }

    private int unread(TestUser user) {
        return json(api().as(user).get("/api/v1/inbox/unread-count")).get("unread").asInt();
    }
}
