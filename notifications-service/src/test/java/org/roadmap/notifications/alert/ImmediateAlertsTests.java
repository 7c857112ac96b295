package org.roadmap.notifications.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.roadmap.platform.test.ApiClient.json;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.roadmap.notifications.recipient.RecipientMother;
import org.roadmap.notifications.support.EventsOnTheWire;
import org.roadmap.platform.test.MutableClock;
import org.roadmap.notifications.support.Replica;
import org.roadmap.notifications.support.ServiceTest;
import org.roadmap.platform.test.TestUser;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;

import tools.jackson.databind.JsonNode;

/**
 * Alerts "as soon as due", on two replicas of their own (one broker, one database) whose firing loops poll
 * only once an hour: an alert that reaches an inbox within the test's wait was fired because planning woke the
 * loop, not by a poll. Each user reads their inbox through the API, as the dashboard does.
 */
class ImmediateAlertsTests {

    private static final String DATABASE = "notifications-immediate-tests";
    private static final LocalDate FAR_AHEAD = LocalDate.of(2026, 6, 30);
    private static final LocalDate PAST = LocalDate.of(2025, 11, 17);

    private static final MutableClock clock = new MutableClock(Instant.parse("2025-11-20T03:00:00Z"));
    private static Replica replicaA;
    private static Replica replicaB;

    private final EventsOnTheWire wire = new EventsOnTheWire();
    private final String entity = "Immediate ministry " + UUID.randomUUID();

    @BeforeAll
    static void startTwoReplicas() {
        String group = "--spring.cloud.stream.default.group=notifications-immediate-" + UUID.randomUUID();
        replicaA = Replica.start(DATABASE, clock, "--roadmap.notifications.scheduler.poll-interval=1h", group);
        replicaB = Replica.start(DATABASE, clock, "--roadmap.notifications.scheduler.poll-interval=1h", group);
    }

    @AfterEach
    void closeProducer() {
        wire.close();
    }

    @AfterAll
    static void stopReplicas() {
        replicaA.close();
        replicaB.close();
    }

    @Test
    void anImmediateRecipientGetsOneOverdueItemAtOnceWhenADeadlineMovesIntoThePastOthersAtTheirDeliveryTime() {
        clock.set(Instant.parse("2025-11-20T03:00:00Z")); // 12:00 in Tokyo, outside their quiet hours
        TestUser atOnce = user("at-once");
        TestUser atNine = user("at-nine");
        String immediate = register(atOnce, true);
        String daily = register(atNine, false);

        String commitment = deadlineMovedIntoThePast();

        await().atMost(Duration.ofSeconds(30)).until(() -> inbox(atOnce).size() == 1);
        replicaA.bean(AlertScheduler.class).fireDue();
        replicaB.bean(AlertScheduler.class).fireDue();
        assertThat(inbox(atOnce)).singleElement().satisfies(item -> {
            assertThat(item.get("kind").asString()).isEqualTo("deadline-overdue");
            assertThat(item.get("aboutId").asString()).isEqualTo(commitment);
            assertThat(item.get("subject").asString()).startsWith("【期限超過】取組III.1");
        });
        assertThat(inbox(atNine)).isEmpty();
        assertThat(pending(commitment, daily)).containsExactly("2025-11-21T00:00:00Z"); // 09:00 in Tokyo
        // overdue alerts repeat weekly: for this recipient as that day begins, out of quiet hours (07:00 in Tokyo)
        assertThat(pending(commitment, immediate)).containsExactly("2025-11-26T22:00:00Z");
    }

    /**
     * An overdue alert fired at once recurs a week on: the round that moves it there leaves the watermark alone,
     * which is never after the round's own hour. The move's plan lowers it once.
     */
    @Test
    void anOverdueAlertFiredAtOnceMovesAWeekOnWithoutAWriteToTheWatermark() {
        clock.set(Instant.parse("2025-11-20T03:00:00Z"));
        TestUser atOnce = user("week-on");
        String immediate = register(atOnce, true);
        String commitment = UUID.randomUUID().toString();
        wire.send(commitment, EventsOnTheWire.registered(commitment, FAR_AHEAD, entity, "Other"));
        await().atMost(Duration.ofSeconds(30)).until(() -> !pending(commitment, immediate).isEmpty());
        double before = watermarkWrites();

        wire.send(commitment, EventsOnTheWire.moved(commitment, FAR_AHEAD, PAST));

        await().atMost(Duration.ofSeconds(30)).until(() -> inbox(atOnce).size() == 1
                && pending(commitment, immediate).equals(List.of("2025-11-26T22:00:00Z")));
        assertThat(watermarkWrites() - before).isEqualTo(1);
    }

    /**
     * Events read in one batch are planned as the last of them leaves each commitment: a deadline moved into the past
     * and back again before the consumers read either move alerts nobody that it is overdue.
     */
    @Test
    void aBatchThatMovesADeadlineIntoThePastAndBackPlansOnlyWhereItEnds() {
        clock.set(Instant.parse("2025-11-20T03:00:00Z"));
        TestUser atOnce = user("and-back");
        String immediate = register(atOnce, true);
        String commitment = UUID.randomUUID().toString();

        whileConsumersStopped(() -> {
            wire.send(commitment, EventsOnTheWire.registered(commitment, FAR_AHEAD, entity, "Other"));
            wire.send(commitment, EventsOnTheWire.moved(commitment, FAR_AHEAD, PAST));
            wire.send(commitment, EventsOnTheWire.moved(commitment, PAST, FAR_AHEAD));
        });

        // the 30-day reminder of 2026-06-30, as that day begins in Tokyo, out of quiet hours (07:00)
        await().atMost(Duration.ofSeconds(30))
                .until(() -> pending(commitment, immediate).contains("2026-05-30T22:00:00Z"));
        replicaA.bean(AlertScheduler.class).fireDue();
        replicaB.bean(AlertScheduler.class).fireDue();
        assertThat(inbox(atOnce)).isEmpty();
        assertThat(pending(commitment, immediate)).allMatch(due -> due.startsWith("2026-"));
    }

    /** Sends while neither replica reads commitment events, so that the replica that then reads them reads them together. */
    private static void whileConsumersStopped(Runnable sends) {
        List<BindingsLifecycleController> bindings = List.of(replicaA.bean(BindingsLifecycleController.class),
                replicaB.bean(BindingsLifecycleController.class));
        bindings.forEach(b -> b.changeState("commitmentEvents-in-0", BindingsLifecycleController.State.STOPPED));
        try {
            sends.run();
        } finally {
            bindings.forEach(b -> b.changeState("commitmentEvents-in-0", BindingsLifecycleController.State.STARTED));
        }
    }

    @Test
    void quietHoursStillHoldForAnImmediateRecipient() {
        clock.set(Instant.parse("2025-12-01T15:00:00Z")); // midnight in Tokyo, inside their quiet hours 22:00-07:00
        TestUser sleeper = user("sleeper");
        String immediate = register(sleeper, true);

        String commitment = deadlineMovedIntoThePast();

        // the registration's reminders are planned first and replaced when the move arrives: wait for the move's
        await().atMost(Duration.ofSeconds(30))
                .until(() -> pending(commitment, immediate).equals(List.of("2025-12-01T22:00:00Z"))); // 07:00 in Tokyo
        assertThat(inbox(sleeper)).isEmpty();

        clock.set(Instant.parse("2025-12-01T22:00:00Z"));
        replicaA.bean(AlertScheduler.class).fireDue();

        assertThat(inbox(sleeper)).singleElement()
                .satisfies(item -> assertThat(item.get("kind").asString()).isEqualTo("deadline-overdue"));
    }

    @Test
    void changingHowOneReceivesAlertsReplansThoseAlreadyPlanned() {
        clock.set(Instant.parse("2025-11-20T03:00:00Z"));
        TestUser changer = user("changer");
        String recipient = register(changer, true);
        String commitment = UUID.randomUUID().toString();
        wire.send(commitment, EventsOnTheWire.registered(commitment, FAR_AHEAD, entity, "Other"));
        // the 30-day reminder of 2026-06-30, as that day begins in Tokyo, out of quiet hours (07:00)
        await().atMost(Duration.ofSeconds(30)).until(() -> pending(commitment, recipient).contains("2026-05-30T22:00:00Z"));

        var changed = replicaB.api().as(changer).patch("/api/v1/recipients/" + recipient,
                "{\"immediate\": false, \"deliveryTime\": \"08:30\", \"timeZone\": \"America/Lima\","
                        + " \"quietHours\": {\"from\": \"20:00\", \"to\": \"07:00\"}}", "If-Match", "\"1\"");

        assertThat(changed.statusCode()).isEqualTo(200);
        // now at 08:30 in Lima on that day
        await().atMost(Duration.ofSeconds(30)).until(() -> pending(commitment, recipient).contains("2026-05-31T13:30:00Z"));
        assertThat(pending(commitment, recipient)).doesNotContain("2026-05-30T22:00:00Z");
    }

    /** A commitment of the test's entity with a deadline far ahead, then moved to a day already past. */
    private String deadlineMovedIntoThePast() {
        String commitment = UUID.randomUUID().toString();
        wire.send(commitment, EventsOnTheWire.registered(commitment, FAR_AHEAD, entity, "Other"));
        wire.send(commitment, EventsOnTheWire.moved(commitment, FAR_AHEAD, PAST));
        return commitment;
    }

    private static TestUser user(String who) {
        return TestUser.STAFF_READER.of(who + "-" + UUID.randomUUID().toString().substring(0, 8),
                "Embassy of Japan in Peru", "JP");
    }

    /** The user's own inbox-only recipient in Tokyo, following the test's entity. */
    private String register(TestUser user, boolean immediate) {
        String body = RecipientMother.inboxReader(entity).replace("\"channels\"",
                "\"immediate\": " + immediate + ", \"channels\"");
        return json(replicaB.api().as(user).post("/api/v1/recipients", body)).get("id").asString();
    }

    private static List<JsonNode> inbox(TestUser user) {
        return json(replicaB.api().as(user).get("/api/v1/inbox")).valueStream().toList();
    }

    /** The writes to the schedule's watermark by both replicas so far. */
    private static double watermarkWrites() {
        return java.util.stream.Stream.of(replicaA, replicaB).mapToDouble(replica -> ServiceTest.mongoCommands(
                replica.bean(io.micrometer.core.instrument.MeterRegistry.class), AlertSchedule.WATERMARK, "update"))
                .sum();
    }

    /** Due times of the recipient's pending alerts about the commitment. */
    private static List<String> pending(String commitment, String recipient) {
        var response = replicaA.api().get("/api/v1/notifications/commitments/" + commitment + "/alerts");
        return response.statusCode() != 200 ? List.of() : json(response).valueStream()
                .filter(a -> a.get("recipientId").asString().equals(recipient)).map(a -> a.get("dueAt").asString())
                .toList();
    }
}
