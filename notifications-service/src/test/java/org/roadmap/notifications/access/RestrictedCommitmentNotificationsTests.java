package org.roadmap.notifications.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.roadmap.platform.test.ApiClient.json;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roadmap.notifications.recipient.RecipientMother;
import org.roadmap.notifications.support.EventsOnTheWire;
import org.roadmap.notifications.support.ServiceTest;
import org.roadmap.platform.test.ApiClient;
import org.roadmap.platform.test.TestTokens;
import org.roadmap.platform.test.TestUser;

import tools.jackson.databind.JsonNode;

/**
 * A restricted commitment (as V.6 is) as notifications-service holds it: its view, its alerts, who
 * may follow it and who is reminded of it follow the platform's one visibility rule. Its id is
 * predictable, so nothing here may rely on it being secret.
 */
class RestrictedCommitmentNotificationsTests extends ServiceTest {

    private static final LocalDate DUE = LocalDate.of(2025, 11, 17);

    private final EventsOnTheWire wire = new EventsOnTheWire();
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String japanese = "Ministry of Defense of Japan " + suffix;
    private final String peruvian = "Ministry of Defense of Peru " + suffix;
    private final String secretTitle = "Defence equipment cooperation " + suffix;

    @BeforeEach
    void start() {
        clock.set(START);
    }

    @AfterEach
    void close() {
        wire.close();
    }

    @Test
    void answersARestrictedCommitmentAsNotFoundToThoseWhoMayNotSeeIt() {
        String restricted = restrictedCommitment();

        for (TestUser outsider : List.of(TestUser.INTEGRATOR, TestUser.WITHOUT_ROLES)) {
            for (String path : List.of("", "/alerts")) {
                HttpResponse<String> response = api().as(outsider).get("/api/v1/notifications/commitments/" + restricted + path);
                assertThat(response.statusCode()).as(outsider.subject() + path).isEqualTo(404);
                assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
                assertThat(response.body()).doesNotContain(secretTitle, japanese);
            }
        }
        assertThat(api().as(TestUser.STAFF_READER).get("/api/v1/notifications/commitments/" + restricted).body())
                .contains(secretTitle);
    }

    @Test
    void answersAMeetingServingOnlyARestrictedCommitmentAsNotFoundToThoseWhoMayNotSeeIt() {
        String restricted = restrictedCommitment();
        String series = "defence-talks-" + suffix;
        String occurrence = series + "-1";
        wire.send(series, EventsOnTheWire.seriesCreated(series, List.of(restricted)));
        wire.send(series, EventsOnTheWire.scheduled(series, occurrence, Instant.parse("2025-12-10T01:00:00Z"),
                EventsOnTheWire.TOKYO));
        String meeting = "/api/v1/notifications/meetings/" + occurrence;
        await().atMost(Duration.ofSeconds(30)).until(() -> api().get(meeting).statusCode() == 200);

        for (String path : List.of("", "/alerts")) {
            HttpResponse<String> response = api().as(TestUser.INTEGRATOR).get(meeting + path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).doesNotContain(restricted);
            assertThat(api().as(TestUser.STAFF_READER).get(meeting + path).statusCode()).isEqualTo(200);
        }
    }

    /** Whether a meeting serves only restricted commitments is found with one look-up of them, not one each. */
    @Test
    void answersAMeetingServingManyCommitmentsWithOneLookUpOfThem() {
        List<String> served = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            served.add(restrictedCommitment());
        }
        String open = UUID.randomUUID().toString();
        wire.send(open, EventsOnTheWire.registered(open, DUE, japanese, peruvian));
        served.add(open);
        String series = "many-served-" + suffix;
        String occurrence = series + "-1";
        wire.send(series, EventsOnTheWire.seriesCreated(series, served));
        wire.send(series, EventsOnTheWire.scheduled(series, occurrence, Instant.parse("2025-12-10T01:00:00Z"),
                EventsOnTheWire.TOKYO));
        String meeting = "/api/v1/notifications/meetings/" + occurrence;
        await().atMost(Duration.ofSeconds(30)).until(() -> api().as(TestUser.INTEGRATOR).get(meeting)
                .statusCode() == 200);

        double before = mongoCommands("known_commitments", "find");
        for (int i = 0; i < 5; i++) {
            assertThat(api().as(TestUser.INTEGRATOR).get(meeting).statusCode()).isEqualTo(200);
        }
        // five answers, each once; the meeting's own planning may still look its commitments up once or twice
        assertThat(mongoCommands("known_commitments", "find") - before).isLessThanOrEqualTo(8);
    }

    @Test
    void remindsOnlyRecipientsWhoMaySeeARestrictedCommitment() {
        String withoutAccount = register(api(), RecipientMother.inboxReader(japanese));
        String vouchedFor = register(api(), RecipientMother.inboxReader(japanese)
                .replace("\"channels\"", "\"seesRestricted\": true, \"channels\""));
        TestUser reader = newUser("reader");
        String readersOwn = register(api().as(reader), RecipientMother.inboxReader(japanese));
        TestUser integrator = integrator();
        String integratorsOwn = register(api().as(integrator), RecipientMother.inboxReader(japanese));

        String restricted = restrictedCommitment();

        await().atMost(Duration.ofSeconds(30)).until(() -> recipientsAlerted(api(), restricted)
                .containsAll(List.of(vouchedFor, readersOwn)));
        assertThat(recipientsAlerted(api(), restricted)).doesNotContain(withoutAccount, integratorsOwn);
        assertThat(json(api().get("/api/v1/recipients/" + integratorsOwn)).get("seesRestricted").asBoolean()).isFalse();
        assertThat(json(api().get("/api/v1/recipients/" + readersOwn)).get("seesRestricted").asBoolean()).isTrue();
    }

    @Test
    void showsAlertsOfOtherPeoplesRecipientsToTheWorkingGroupOnly() {
        String commitment = UUID.randomUUID().toString();
        String someoneElse = register(api(), RecipientMother.inboxReader(japanese));
        TestUser reader = newUser("reader");
        String readersOwn = register(api().as(reader), RecipientMother.inboxReader(japanese));
        wire.send(commitment, EventsOnTheWire.registered(commitment, DUE, japanese, peruvian));

        await().atMost(Duration.ofSeconds(30)).until(() -> recipientsAlerted(api(), commitment)
                .containsAll(List.of(someoneElse, readersOwn)));
        assertThat(recipientsAlerted(api().as(reader), commitment)).containsExactly(readersOwn);
        assertThat(alerts(api().as(TestUser.INTEGRATOR), commitment)).isEmpty();
    }

    @Test
    void refusesSomeoneWhoMayNotSeeARestrictedCommitmentItsSubscriptionAsForAnUnknownOne() {
        String restricted = restrictedCommitment();
        String known = UUID.randomUUID().toString();
        wire.send(known, EventsOnTheWire.registered(known, DUE, japanese, peruvian));
        await().atMost(Duration.ofSeconds(30)).until(() -> api().get("/api/v1/notifications/commitments/" + known)
                .statusCode() == 200);
        TestUser integrator = integrator();
        ApiClient client = api().as(integrator);
        String own = register(client, RecipientMother.inboxReader(japanese));

        HttpResponse<String> toRestricted = client.post("/api/v1/subscriptions", follow(own, restricted));
        HttpResponse<String> toUnknown = client.post("/api/v1/subscriptions", follow(own, UUID.randomUUID().toString()));

        for (HttpResponse<String> refused : List.of(toRestricted, toUnknown)) {
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.body()).contains("commitmentId", "names no commitment known here").doesNotContain(secretTitle);
        }
        assertThat(client.post("/api/v1/subscriptions", follow(own, known)).statusCode()).isEqualTo(201);
        TestUser reader = newUser("reader");
        String readersOwn = register(api().as(reader), RecipientMother.inboxReader(japanese));
        assertThat(api().as(reader).post("/api/v1/subscriptions", follow(readersOwn, restricted)).statusCode())
                .isEqualTo(201);
    }

    @Test
    void refusesTheWorkingGroupsReadOnlyTokenChangingOtherPeoplesRecipientsButNotItsOwnChanges() {
        ApiClient readOnlyAdmin = api().withToken(TestTokens.withScope(TestUser.WG_ADMIN, "roadmap.read"));
        String someoneElse = register(api(), RecipientMother.inboxReader(japanese));
        String etag = api().get("/api/v1/recipients/" + someoneElse).headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> create = readOnlyAdmin.post("/api/v1/recipients", RecipientMother.inboxReader(japanese));
        HttpResponse<String> change = readOnlyAdmin.patch("/api/v1/recipients/" + someoneElse, "{\"name\": \"Taken\"}",
                "If-Match", etag);
        HttpResponse<String> subscribe = readOnlyAdmin.post("/api/v1/subscriptions",
                follow(someoneElse, UUID.randomUUID().toString()));

        for (HttpResponse<String> response : List.of(create, change, subscribe)) {
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(json(response).get("detail").asString()).contains("roadmap.write");
        }
        TestUser reader = newUser("reader");
        String readersOwn = register(api().as(reader), RecipientMother.inboxReader(japanese));
        assertThat(api().as(reader).post("/api/v1/subscriptions", follow(readersOwn, UUID.randomUUID().toString()))
                .statusCode()).isEqualTo(201);
    }

    private String restrictedCommitment() {
        String id = UUID.randomUUID().toString();
        wire.send(id, EventsOnTheWire.registeredRestricted(id, secretTitle, DUE, japanese, peruvian));
        await().atMost(Duration.ofSeconds(30)).until(() -> api().get("/api/v1/notifications/commitments/" + id)
                .statusCode() == 200);
        return id;
    }

    private TestUser integrator() {
        return TestUser.INTEGRATOR.of("integrator-" + suffix + "-" + UUID.randomUUID().toString().substring(0, 4),
                TestUser.INTEGRATOR.organisation(), null);
    }

    private static String register(ApiClient client, String recipient) {
        HttpResponse<String> created = client.post("/api/v1/recipients", recipient);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created).get("id").asString();
    }

    private static List<JsonNode> alerts(ApiClient client, String commitment) {
        HttpResponse<String> response = client.get("/api/v1/notifications/commitments/" + commitment + "/alerts");
        assertThat(response.statusCode()).isEqualTo(200);
        List<JsonNode> alerts = new java.util.ArrayList<>();
        json(response).forEach(alerts::add);
        return alerts;
    }

    private static Set<String> recipientsAlerted(ApiClient client, String commitment) {
        Set<String> ids = new HashSet<>();
        alerts(client, commitment).forEach(a -> ids.add(a.get("recipientId").asString()));
        return ids;
    }

    private static String follow(String recipientId, String commitmentId) {
        return "{\"recipientId\": \"" + recipientId + "\", \"commitmentId\": \"" + commitmentId + "\"}";
    }
}
