package org.roadmap.notifications.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roadmap.platform.test.ApiClient.json;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roadmap.notifications.recipient.RecipientMother;
import org.roadmap.notifications.support.ServiceTest;
import org.roadmap.platform.test.TestUser;

import tools.jackson.databind.JsonNode;

class SubscriptionApiTests extends ServiceTest {

    private String recipientId;

    @BeforeEach
    void registerARecipient() {
        recipientId = json(api().post("/api/v1/recipients",
                RecipientMother.limaOfficer(RecipientMother.uniqueEmail("maria")))).get("id").asString();
    }

    @Test
    void subscribesToAPillarsDeadlinesWithDefaultLeadTimes() {
        HttpResponse<String> created = api().post("/api/v1/subscriptions", """
                {"recipientId": "%s", "roadMapId": "jp-pe-2024-2033", "pillar": "III", "kinds": ["deadline"]}
                """.formatted(recipientId));

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode body = json(created);
        assertThat(body.get("leadTimes").get("deadline").valueStream().map(JsonNode::asInt).toList())
                .containsExactly(30, 7, 1);
        assertThat(body.get("leadTimes").get("meeting").valueStream().map(JsonNode::asInt).toList())
                .containsExactly(14, 1);
        assertThat(json(api().get("/api/v1/subscriptions?recipientId=" + recipientId))).hasSize(1);
    }

    @Test
    void showsASubscriptionToTargetsNotKnownYetAsPendingUntilTheirFirstEvent() {
        String commitment = java.util.UUID.randomUUID().toString();
        HttpResponse<String> created = api().post("/api/v1/subscriptions", """
                {"recipientId": "%s", "commitmentId": "%s", "meetingSeriesId": "no-such-series"}
                """.formatted(recipientId, commitment));

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(json(created).get("pending").valueStream().map(JsonNode::asString).toList())
                .containsExactly("commitmentId", "meetingSeriesId");
        String path = created.headers().firstValue("Location").orElseThrow();

        new org.roadmap.notifications.support.EventsOnTheWire().send(commitment,
                org.roadmap.notifications.support.EventsOnTheWire.registered(commitment, java.time.LocalDate.of(2030, 1, 1),
                        "Ministry of Foreign Affairs of Japan", "Ministry of Foreign Affairs of Peru"));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() ->
                json(api().get(path)).get("pending").valueStream().map(JsonNode::asString).toList()
                        .equals(java.util.List.of("meetingSeriesId")));
    }

    @Test
    void refusesALeadTimeOutOfRange() {
        HttpResponse<String> response = api().post("/api/v1/subscriptions", """
                {"recipientId": "%s", "leadTimes": {"deadline": [30, 0]}}""".formatted(recipientId));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("errors").get(0).get("field").asString()).isEqualTo("leadTimes.deadline");
    }

    @Test
    void refusesAnUnknownKindAndAnUnknownRecipient() {
        HttpResponse<String> kind = api().post("/api/v1/subscriptions", """
                {"recipientId": "%s", "kinds": ["birthday"]}""".formatted(recipientId));
        HttpResponse<String> nobody = api().post("/api/v1/subscriptions", "{\"recipientId\": \"nobody\"}");

        assertThat(kind.statusCode()).isEqualTo(400);
        assertThat(json(kind).get("errors").get(0).get("field").asString()).isEqualTo("kinds");
        assertThat(nobody.statusCode()).isEqualTo(404);
    }

    @Test
    void changesLeadTimesWithIfMatchAndUnsubscribes() {
        String id = json(api().post("/api/v1/subscriptions", """
                {"recipientId": "%s", "responsibleEntity": "MINEM"}""".formatted(recipientId))).get("id").asString();
        String path = "/api/v1/subscriptions/" + id;

        HttpResponse<String> changed = api().patch(path, "{\"leadTimes\": {\"deadline\": [14, 3]}}", "If-Match", "\"1\"");
        HttpResponse<String> stale = api().delete(path, "If-Match", "\"1\"");
        HttpResponse<String> gone = api().delete(path, "If-Match", "\"2\"");

        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(json(changed).get("responsibleEntity").asString()).isEqualTo("MINEM");
        assertThat(json(changed).get("leadTimes").get("deadline").valueStream().map(JsonNode::asInt).toList())
                .containsExactly(14, 3);
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(gone.statusCode()).isEqualTo(204);
        assertThat(api().get(path).statusCode()).isEqualTo(404);
    }

    @Test
    void onlyTheRecipientsOwnUserOrAnAdminManagesItsSubscriptions() {
        TestUser owner = newUser("subscriber");
        String own = json(api().as(owner).post("/api/v1/recipients",
                RecipientMother.tokyoOfficer(RecipientMother.uniqueEmail("own")))).get("id").asString();
        String follow = """
                {"recipientId": "%s", "pillar": "III", "kinds": ["deadline"]}""";

        HttpResponse<String> mine = api().as(owner).post("/api/v1/subscriptions", follow.formatted(own));
        HttpResponse<String> others = api().as(owner).post("/api/v1/subscriptions", follow.formatted(recipientId));
        String path = "/api/v1/subscriptions/" + json(mine).get("id").asString();

        assertThat(mine.statusCode()).isEqualTo(201);
        assertThat(json(api().as(owner).get("/api/v1/subscriptions"))).hasSize(1);
        assertThat(others.statusCode()).isEqualTo(403);
        assertThat(api().as(owner).get("/api/v1/subscriptions?recipientId=" + recipientId).statusCode()).isEqualTo(403);
        assertThat(api().as(newUser("stranger")).delete(path, "If-Match", "\"1\"").statusCode()).isEqualTo(403);
        assertThat(api().delete(path, "If-Match", "\"1\"").statusCode()).isEqualTo(204);
    }
}
