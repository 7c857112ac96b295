package org.roadmap.notifications.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.roadmap.platform.test.ApiClient.json;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.roadmap.events.EventEnvelope;
import org.roadmap.events.EventSchemas;
import org.roadmap.events.EventType;
import org.roadmap.events.Topics;
import org.roadmap.events.commitment.ImplementationLevelChanged;
import org.roadmap.notifications.recipient.RecipientMother;
import org.roadmap.notifications.support.EventsOnTheWire;
import org.roadmap.notifications.support.Mailbox;
import org.roadmap.notifications.support.ServiceTest;
import org.roadmap.platform.test.TopicReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import tools.jackson.databind.JsonNode;

/** Deadline alerts end to end: real broker, MongoDB wire, SMTP server; the clock is the test's. */
class DeadlineAlertsTests extends ServiceTest {

    private static final LocalDate DUE = LocalDate.of(2025, 11, 17);

    @Autowired
    AlertScheduler scheduler;

    @Autowired
    MongoTemplate mongo;

    private final EventsOnTheWire wire = new EventsOnTheWire();
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String japanese = "MOFA Japan " + suffix;
    private final String peruvian = "MRE Peru " + suffix;

    @AfterEach
    void close() {
        wire.close();
    }

    @Test
    void remindsLimaInSpanishAndTokyoInJapaneseAtNineLocalTimeOnceThenReplansAMovedDeadline() {
        clock.set(START);
        String tokyoMail = RecipientMother.uniqueEmail("sato");
        String limaMail = RecipientMother.uniqueEmail("quispe");
        String tokyo = register(RecipientMother.tokyoOfficer(tokyoMail), japanese);
        String lima = register(RecipientMother.limaOfficer(limaMail), peruvian);
        String commitment = UUID.randomUUID().toString();

        EventEnvelope registration = wire.send(commitment, EventsOnTheWire.registered(commitment, DUE, japanese,
                peruvian));
        wire.send(registration);

        List<JsonNode> alerts = awaitPending(commitment, 8);
        assertThat(dueTimes(alerts, tokyo)).containsExactly("2025-10-18T00:00:00Z", "2025-11-10T00:00:00Z",
                "2025-11-16T00:00:00Z", "2025-11-19T00:00:00Z");
        assertThat(dueTimes(alerts, lima)).containsExactly("2025-10-18T14:00:00Z", "2025-11-10T14:00:00Z",
                "2025-11-16T14:00:00Z", "2025-11-18T14:00:00Z");

        clock.set(Instant.parse("2025-10-17T23:59:00Z"));
        scheduler.fireDue();
        assertThat(Mailbox.of(tokyoMail)).isEmpty();

        clock.set(Instant.parse("2025-10-18T00:00:00Z"));
        await().atMost(Duration.ofSeconds(20)).until(() -> Mailbox.of(tokyoMail).size() == 1);
        Mailbox.Mail japaneseMail = Mailbox.of(tokyoMail).get(0);
        assertThat(japaneseMail.subject()).isEqualTo("【リマインダー】取組III.1の期限は30日後です（2025年11月17日月曜日）");
        assertThat(japaneseMail.body()).startsWith("佐藤 花子 様").contains("2025年11月17日月曜日（あと30日）");

        clock.set(Instant.parse("2025-10-18T13:59:00Z"));
        scheduler.fireDue();
        assertThat(Mailbox.of(limaMail)).isEmpty();

        clock.set(Instant.parse("2025-10-18T14:00:00Z"));
        await().atMost(Duration.ofSeconds(20)).until(() -> Mailbox.of(limaMail).size() == 1);
        Mailbox.Mail spanishMail = Mailbox.of(limaMail).get(0);
        assertThat(spanishMail.subject())
                .isEqualTo("Recordatorio: el compromiso III.1 vence dentro de 30 días (lunes, 17 de noviembre de 2025)");
        assertThat(spanishMail.body()).startsWith("Estimado/a María Quispe:").contains("dentro de 30 días");

        scheduler.fireDue();
        assertThat(Mailbox.of(tokyoMail)).hasSize(1);
        assertThat(Mailbox.of(limaMail)).hasSize(1);
        JsonNode deliveries = json(api().get("/api/v1/deliveries?recipientId=" + tokyo + "&status=sent"));
        assertThat(deliveries.valueStream().filter(d -> d.get("channel").asString().equals("EMAIL")).toList())
                .singleElement().satisfies(d -> assertThat(d.get("attempts")).hasSize(1));
        assertPublishedSent(tokyo);

        wire.send(commitment, EventsOnTheWire.moved(commitment, DUE, LocalDate.of(2025, 12, 15)));

        await().atMost(Duration.ofSeconds(20)).until(() -> dueTimes(pending(commitment), tokyo).contains(
                "2025-11-15T00:00:00Z"));
        assertThat(dueTimes(pending(commitment), tokyo)).containsExactly("2025-11-15T00:00:00Z",
                "2025-12-08T00:00:00Z", "2025-12-14T00:00:00Z", "2025-12-17T00:00:00Z");
        assertThat(dueTimes(pending(commitment), lima)).containsExactly("2025-11-15T14:00:00Z",
                "2025-12-08T14:00:00Z", "2025-12-14T14:00:00Z", "2025-12-16T14:00:00Z");
        JsonNode all = json(api().get("/api/v1/notifications/commitments/" + commitment + "/alerts?all=true"));
        assertThat(all.valueStream().filter(a -> a.get("status").asString().equals("fired")).count()).isEqualTo(2);
    }

    @Test
    void alertMissedWhileTheServiceWasDownFiresOnceOnRecoveryMarkedLate() {
        String limaMail = RecipientMother.uniqueEmail("quispe");
        String commitment = dueForALimaOfficer(limaMail);

        clock.set(Instant.parse("2025-11-12T15:00:00Z"));

        await().atMost(Duration.ofSeconds(20)).until(() -> Mailbox.of(limaMail).size() == 1);
        scheduler.fireDue();
        List<Mailbox.Mail> mails = Mailbox.of(limaMail);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).subject()).contains("vence dentro de 5 días");
        assertThat(mails.get(0).body()).contains("se envía con retraso");
        JsonNode all = json(api().get("/api/v1/notifications/commitments/" + commitment + "/alerts?all=true"));
        assertThat(all.valueStream().map(a -> a.get("status").asString() + ":" + a.get("daysAhead").asInt()).toList())
                .contains("superseded:30", "fired:7", "pending:1", "pending:0");
    }

    @Test
    void overdueAlertMissedWhileTheServiceWasDownFiresLateThoughNoStepFollowsIt() {
        String limaMail = RecipientMother.uniqueEmail("quispe");
        String commitment = dueForALimaOfficer(limaMail);
        clock.set(Instant.parse("2025-11-17T15:00:00Z"));
        await().atMost(Duration.ofSeconds(20)).until(() -> Mailbox.of(limaMail).size() == 1);

        // the overdue alert (due 2025-11-18T14:00Z, the last step) is two hours late and alone in its round
        clock.set(Instant.parse("2025-11-18T16:00:00Z"));

        await().atMost(Duration.ofSeconds(20)).until(() -> Mailbox.of(limaMail).size() == 2);
        Mailbox.Mail overdue = Mailbox.of(limaMail).get(1);
        assertThat(overdue.subject()).startsWith("Plazo vencido");
        assertThat(overdue.body()).contains("se envía con retraso");
        // it recurs: the next reminder a week on
        await().atMost(Duration.ofSeconds(10)).until(() -> pending(commitment).stream().map(a -> a.get("dueAt").asString()).toList()
                        .equals(List.of("2025-11-25T14:00:00Z")));
    }

    /**
     * The overdue alerts of a dozen commitments, due in the same hour and spread over its shards by their ids, go
     * out in one batch: their commitments looked up once, not once each, and their next week's reminders set in one
     * write rather than one per alert.
     */
    @Test
    void aRoundLooksTheCommitmentsOfItsDueAlertsUpOnceAndMovesTheRecurringOnesInOneWrite() {
        clock.set(START);
        String limaMail = RecipientMother.uniqueEmail("quispe");
        register(RecipientMother.limaOfficer(limaMail), peruvian);
        List<String> commitments = IntStream.range(0, 12).mapToObj(i -> UUID.randomUUID().toString()).toList();
        commitments.forEach(c -> wire.send(c, EventsOnTheWire.registered(c, DUE, japanese, peruvian)));
        commitments.forEach(c -> awaitPending(c, 4));
        double lookUps = mongoCommands("known_commitments", "find");
        double alertWrites = mongoCommands("alerts", "update");

        // every step of each is due: the earlier ones late and superseded, the overdue one (09:00 in Lima) on time
        clock.set(Instant.parse("2025-11-18T14:00:00Z"));
        await().atMost(Duration.ofSeconds(30)).until(() -> Mailbox.of(limaMail).size() == commitments.size());
        // read before the API is asked for the alerts below: it looks the commitment up to check who may see them
        double firingLookUps = mongoCommands("known_commitments", "find") - lookUps;
        commitments.forEach(c -> await().atMost(Duration.ofSeconds(10)).until(() -> dueTimes(pending(c), null)
                .equals(List.of("2025-11-25T14:00:00Z"))));

        assertThat(Mailbox.of(limaMail)).allSatisfy(mail -> assertThat(mail.subject()).startsWith("Plazo vencido"));
        assertThat(firingLookUps).isLessThanOrEqualTo(2);
        assertThat(mongoCommands("alerts", "update") - alertWrites).isLessThanOrEqualTo(6);
    }

    /**
     * Moving a deadline takes a recipient's four reminders out of the due-time index and puts four new ones in, in
     * eight slices (one an hour): one write for all of them, not one per slice, and one to lower the watermark.
     */
    @Test
    void aMovedDeadlineReplacesItsAlertsInTheDueTimeIndexInOneWrite() {
        String commitment = dueForALimaOfficer(RecipientMother.uniqueEmail("quispe"));
        double sliceWrites = mongoCommands("alert_slices", "update");
        double watermarkWrites = mongoCommands("alert_watermark", "update");

        wire.send(commitment, EventsOnTheWire.moved(commitment, DUE, LocalDate.of(2025, 12, 15)));

        await().atMost(Duration.ofSeconds(20)).until(() -> dueTimes(pending(commitment), null).equals(List.of(
                "2025-11-15T14:00:00Z", "2025-12-08T14:00:00Z", "2025-12-14T14:00:00Z", "2025-12-16T14:00:00Z")));
        // at most one more: a round of the scheduler's that found something of another test's due
        assertThat(mongoCommands("alert_slices", "update") - sliceWrites).isLessThanOrEqualTo(2);
        assertThat(mongoCommands("alert_watermark", "update") - watermarkWrites).isLessThanOrEqualTo(2);
    }

    /**
     * A slice a round empties within its hour stays until the hour is over, so a stream of alerts due at once does
     * not delete and create it again for each; the first round after the hour removes it and moves the watermark on.
     */
    @Test
    void aSliceEmptiedWithinItsHourStaysUntilTheHourIsOverAndIsThenRemoved() {
        String limaMail = RecipientMother.uniqueEmail("quispe");
        String commitment = dueForALimaOfficer(limaMail);
        Instant due = Instant.parse("2025-10-18T14:00:00Z");
        String alertId = pending(commitment).stream().filter(a -> a.get("dueAt").asString().equals(due.toString()))
                .findFirst().orElseThrow().get("id").asString();
        String slice = Slices.of(due, alertId);

        clock.set(due.plusSeconds(60));
        scheduler.fireDue();
        await().atMost(Duration.ofSeconds(20)).until(() -> Mailbox.of(limaMail).size() == 1);

        Document emptied = mongo.findById(slice, Document.class, Slices.COLLECTION);
        assertThat(emptied).as("kept within its hour").isNotNull();
        assertThat(emptied.getList("entries", Document.class)).noneMatch(e -> e.getString("a").equals(alertId));

        clock.set(due.plusSeconds(3600));
        scheduler.fireDue();
        assertThat(mongo.findById(slice, Document.class, Slices.COLLECTION)).as("removed once the hour is over")
                .isNull();
        assertThat(mongo.findById(AlertSchedule.WATERMARK_ID, Document.class, AlertSchedule.WATERMARK)
                .getDate("hour").toInstant()).isAfter(due);
    }

    @Test
    void completedCommitmentStopsItsReminders() {
        clock.set(START);
        register(RecipientMother.limaOfficer(RecipientMother.uniqueEmail("quispe")), peruvian);
        String commitment = UUID.randomUUID().toString();
        wire.send(commitment, EventsOnTheWire.registered(commitment, DUE, japanese, peruvian));
        awaitPending(commitment, 4);

        completed(commitment);
    }

    /**
     * A consumer records the events it applied only after applying them (and replanning what they changed): a crash
     * in between has them delivered and applied again. Applied again, an event sends nobody anything twice and puts
     * no alert that went out back in the plan.
     */
    @Test
    void anEventAppliedAgainAfterACrashBeforeItWasRecordedSendsNothingTwice() {
        clock.set(START);
        String limaMail = RecipientMother.uniqueEmail("quispe");
        register(RecipientMother.limaOfficer(limaMail), peruvian);
        String commitment = UUID.randomUUID().toString();
        EventEnvelope registration = wire.send(commitment, EventsOnTheWire.registered(commitment, DUE, japanese,
                peruvian));
        awaitPending(commitment, 4);
        clock.set(Instant.parse("2025-10-18T14:00:00Z"));
        await().atMost(Duration.ofSeconds(20)).until(() -> Mailbox.of(limaMail).size() == 1);
        List<String> before = statuses(commitment);
        assertThat(before).contains("fired:30");

        // the record of the registration lost, as in a crash between the handlers and the record
        Query marker = new Query(where("_id").is("commitment-projection:" + registration.id()));
        assertThat(mongo.remove(marker, "processed_events").getDeletedCount()).isEqualTo(1);
        wire.send(registration);
        await().atMost(Duration.ofSeconds(20)).until(() -> mongo.exists(marker, "processed_events"));

        scheduler.fireDue();
        assertThat(Mailbox.of(limaMail)).hasSize(1);
        assertThat(statuses(commitment)).isEqualTo(before);

        // completed, so that no alert of it falls due in another test's round
        completed(commitment);
    }

    /** Reports the commitment complete and waits until none of its alerts is pending any more. */
    private void completed(String commitment) {
        wire.send(commitment, new ImplementationLevelChanged(commitment, "jp-pe-2024-2033", "III.1", "substantial",
                "complete", false, "r1", "pe-editor"));
        await().atMost(Duration.ofSeconds(20)).until(() -> pending(commitment).isEmpty());
    }

    /** Each alert of the commitment as {@code status:daysAhead}, in a stable order. */
    private List<String> statuses(String commitment) {
        return json(api().get("/api/v1/notifications/commitments/" + commitment + "/alerts?all=true")).valueStream()
                .map(a -> a.get("status").asString() + ":" + a.get("daysAhead").asInt()).sorted().toList();
    }

    /** A commitment due on {@link #DUE} that a Lima officer (mail {@code limaMail}) is responsible for, planned at START. */
    private String dueForALimaOfficer(String limaMail) {
        clock.set(START);
        register(RecipientMother.limaOfficer(limaMail), peruvian);
        String commitment = UUID.randomUUID().toString();
        wire.send(commitment, EventsOnTheWire.registered(commitment, DUE, japanese, peruvian));
        awaitPending(commitment, 4);
        return commitment;
    }

    private String register(String recipientJson, String responsibleFor) {
        String body = recipientJson.replace("\"channels\"", "\"responsibleFor\": [\"" + responsibleFor + "\"], \"channels\"");
        return json(api().post("/api/v1/recipients", body)).get("id").asString();
    }

    private List<JsonNode> pending(String commitment) {
        var response = api().get("/api/v1/notifications/commitments/" + commitment + "/alerts");
        return response.statusCode() == 200 ? json(response).valueStream().toList() : List.of();
    }

    private List<JsonNode> awaitPending(String commitment, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> pending(commitment).size() == count);
        return pending(commitment);
    }

    /** The due times of the alerts of {@code recipient}, or of everyone's when null. */
    private static List<String> dueTimes(List<JsonNode> alerts, String recipient) {
        return alerts.stream().filter(a -> recipient == null || a.get("recipientId").asString().equals(recipient))
                .map(a -> a.get("dueAt").asString()).toList();
    }

    private static void assertPublishedSent(String recipient) {
        try (TopicReader topic = new TopicReader(Topics.NOTIFICATIONS)) {
            var record = topic.readUntil(r -> recipient.equals(r.key()), Duration.ofSeconds(20)).stream()
                    .filter(r -> recipient.equals(r.key())).findFirst().orElseThrow();
            assertThat(TopicReader.header(record, "ce_type")).isEqualTo(EventType.NOTIFICATION_SENT.type());
            String data = new String(record.value(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(EventSchemas.violations(EventType.NOTIFICATION_SENT, data)).isEmpty();
            assertThat(data).doesNotContain("@").doesNotContain("Quispe").doesNotContain("佐藤");
        }
    }
}
