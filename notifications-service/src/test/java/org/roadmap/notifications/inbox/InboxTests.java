package org.roadmap.notifications.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.roadmap.platform.test.ApiClient.json;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.roadmap.notifications.recipient.RecipientMother;
import org.roadmap.notifications.support.EventsOnTheWire;
import org.roadmap.notifications.support.ServiceTest;

import tools.jackson.databind.JsonNode;

class InboxTests extends ServiceTest {

    private final EventsOnTheWire wire = new EventsOnTheWire();

    @AfterEach
    void close() {
        wire.close();
    }

    @Test
    void dashboardStreamReceivesTheNewNotificationAndReadingItClearsTheUnreadCount() throws Exception {
        clock.set(START);
        String entity = "Inbox ministry " + UUID.randomUUID();
        String recipient = json(api().post("/api/v1/recipients", RecipientMother.tokyoOfficer(
                RecipientMother.uniqueEmail("inbox")).replace("[\"email\", \"inbox\"]", "[\"inbox\"]")
                .replace("\"channels\"", "\"responsibleFor\": [\"" + entity + "\"], \"channels\""))).get("id").asString();
        List<String> streamed = new CopyOnWriteArrayList<>();
        var connection = HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(
                api().uri("/api/v1/inbox/" + recipient + "/stream")).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> response.body().forEach(streamed::add));
        String commitment = UUID.randomUUID().toString();
        wire.send(commitment, EventsOnTheWire.registered(commitment, LocalDate.of(2025, 11, 17), entity, "Other"));
        await().atMost(Duration.ofSeconds(30)).until(() -> json(api().get(
                "/api/v1/notifications/commitments/" + commitment + "/alerts")).size() == 4);

        clock.set(Instant.parse("2025-10-18T00:00:00Z"));

        await().atMost(Duration.ofSeconds(20)).until(() -> streamed.stream().anyMatch(l -> l.startsWith("data:")));
        assertThat(streamed).contains("event:notification");
        assertThat(streamed.stream().filter(l -> l.startsWith("data:")).findFirst().orElseThrow())
                .contains("【リマインダー】取組III.1の期限は30日後です");
        String path = "/api/v1/inbox/" + recipient;
        assertThat(json(api().get(path + "/unread-count")).get("unread").asInt()).isEqualTo(1);
        JsonNode items = json(api().get(path));
        assertThat(items).hasSize(1);
        String item = items.get(0).get("id").asString();

        assertThat(api().post(path + "/items/" + item + "/read", "").statusCode()).isEqualTo(200);
        assertThat(api().post(path + "/items/" + item + "/read", "").statusCode()).isEqualTo(200);
        assertThat(json(api().get(path + "/unread-count")).get("unread").asInt()).isZero();
        assertThat(json(api().get(path + "?unread=true"))).isEmpty();
        assertThat(api().post(path + "/items/nothing/read", "").statusCode()).isEqualTo(404);
        connection.cancel(true);
    }

    @Test
    void inboxOfAnUnknownRecipientIsAProblem() {
        assertThat(api().get("/api/v1/inbox/nobody").statusCode()).isEqualTo(404);
        assertThat(api().get("/api/v1/inbox/nobody/unread-count").statusCode()).isEqualTo(404);
    }
}
