package org.roadmap.notifications.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.roadmap.platform.test.ApiClient.json;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.roadmap.notifications.config.NotificationsProperties;
import org.roadmap.notifications.recipient.RecipientManagement;
import org.roadmap.notifications.recipient.RecipientMother;
import org.roadmap.notifications.support.EventsOnTheWire;
import org.roadmap.notifications.support.Mailbox;
import org.roadmap.notifications.support.ServiceTest;
import org.roadmap.platform.test.TestUser;
import org.roadmap.platform.work.LeasedWork;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import tools.jackson.databind.JsonNode;

/** Daily digests end to end: two commitments' alerts of one day reach a digest reader as one e-mail, once. */
class DailyDigestTests extends ServiceTest {

    @Autowired
    AlertScheduler scheduler;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    AlertSchedule schedule;
    @Autowired
    Occasions occasions;
    @Autowired
    RecipientManagement recipients;
    @Autowired
    DeliveryTimes times;
    @Autowired
    AlertDispatch dispatch;
    @Autowired
    DueDigests digests;
    @Autowired
    NotificationsProperties properties;

    private final EventsOnTheWire wire = new EventsOnTheWire();

    @AfterEach
    void close() {
        wire.close();
    }

    @Test
    void digestReaderGetsEachDaysAlertsInOneSpanishEmailAtNineLimaTimeOnceEvenWithTwoReplicas() {
        clock.set(START);
        String entity = "Digest ministry " + UUID.randomUUID();
        String mail = RecipientMother.uniqueEmail("digest");
        TestUser officer = newUser("digest");
        String recipient = json(api().post("/api/v1/recipients", RecipientMother.forUser(RecipientMother.limaOfficer(mail)
                .replace("\"channels\"", "\"digest\": true, \"responsibleFor\": [\"" + entity + "\"], \"channels\""),
                officer.subject()))).get("id").asString();
        String report = UUID.randomUUID().toString();
        String visit = UUID.randomUUID().toString();
        wire.send(report, EventsOnTheWire.registered(report, LocalDate.of(2025, 11, 17), "Other", entity));
        wire.send(visit, EventsOnTheWire.registered(visit, LocalDate.of(2025, 10, 25), "Other", entity));
        await().atMost(Duration.ofSeconds(30)).until(() -> pending(report) == 4 && pending(visit) == 4);
        // a second replica's scheduler: its own leased work on the same database, never started (no background loop)
        AlertScheduler secondReplica = new AlertScheduler(mongo, schedule,
                new AlertFiring(schedule, occasions, recipients, times, dispatch, properties), digests,
                new LeasedWork(mongo.getDb(), new SimpleMeterRegistry()), properties, clock);

        clock.set(Instant.parse("2025-10-01T14:00:00Z"));
        await().atMost(Duration.ofSeconds(20)).until(() -> Mailbox.of(mail).size() == 1);
        assertThat(Mailbox.of(mail).get(0).subject()).isEqualTo("Hoja de Ruta: su aviso del miércoles, 1 de octubre de 2025");

        clock.set(Instant.parse("2025-10-18T13:59:00Z"));
        scheduler.fireDue();
        assertThat(Mailbox.of(mail)).hasSize(1);

        clock.set(Instant.parse("2025-10-18T14:00:00Z"));
        CompletableFuture.allOf(CompletableFuture.runAsync(scheduler::fireDue),
                CompletableFuture.runAsync(secondReplica::fireDue)).join();
        await().atMost(Duration.ofSeconds(20)).until(() -> Mailbox.of(mail).size() == 2);
        scheduler.fireDue();
        secondReplica.fireDue();

        List<Mailbox.Mail> mails = Mailbox.of(mail);
        assertThat(mails).hasSize(2);
        assertThat(mails.get(1).subject()).isEqualTo("Hoja de Ruta: sus 2 avisos del sábado, 18 de octubre de 2025");
        assertThat(mails.get(1).body()).startsWith("Estimado/a María Quispe:")
                .contains("sus 2 avisos de la Hoja de Ruta correspondientes al sábado, 18 de octubre de 2025")
                .contains("1. Recordatorio: el compromiso III.1 vence dentro de")
                .contains("2. Recordatorio: el compromiso III.1 vence dentro de")
                .contains("vence dentro de 30 días (lunes, 17 de noviembre de 2025)")
                .contains("vence dentro de 7 días (sábado, 25 de octubre de 2025)");
        assertThat(json(api().as(officer).get("/api/v1/inbox"))).hasSize(3);
        JsonNode deliveries = json(api().get("/api/v1/deliveries?recipientId=" + recipient));
        assertThat(deliveries.valueStream().filter(d -> d.get("channel").asString().equals("EMAIL")).toList())
                .hasSize(2).allSatisfy(d -> assertThat(d.get("kind").asString()).isEqualTo("daily-digest"));
    }

    private int pending(String commitment) {
        var response = api().get("/api/v1/notifications/commitments/" + commitment + "/alerts");
        return response.statusCode() == 200 ? json(response).size() : -1;
    }
}
