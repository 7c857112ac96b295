package org.roadmap.notifications.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.roadmap.platform.test.ApiClient.json;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.roadmap.events.EventEnvelope;
import org.roadmap.events.Topics;
import org.roadmap.events.meeting.MeetingScheduled;
import org.roadmap.events.meeting.Venue;
import org.roadmap.notifications.alert.AlertScheduler;
import org.roadmap.notifications.recipient.RecipientMother;
import org.roadmap.notifications.support.EventsOnTheWire;
import org.roadmap.notifications.support.Mailbox;
import org.roadmap.notifications.support.ServiceTest;
import org.roadmap.platform.test.EmbeddedInfrastructure;
import org.roadmap.platform.test.TopicReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import tools.jackson.databind.JsonNode;

/** Meeting and cadence alerts end to end: real broker, MongoDB wire, SMTP server; the clock is the test's. */
class MeetingAlertsTests extends ServiceTest {

    private static final String PDM = "political-dialogue-mechanism";
    /** 10:00 on Thursday 20 November in Tokyo, 20:00 on Wednesday 19 November in Lima. */
    private static final Instant MEETING = Instant.parse("2025-11-20T01:00:00Z");

    @Autowired
    AlertScheduler scheduler;

    @Autowired
    MeetingProjection projection;

    @Autowired
    MongoTemplate mongo;

    private final EventsOnTheWire wire = new EventsOnTheWire();
    private final String occurrence = unique(PDM);

    @AfterEach
    void close() {
        wire.close();
    }

    @Test
    void remindsLimaInSpanishAndTokyoInJapaneseFourteenDaysAheadAtNineLocalTimeWithBothCapitalsTimesOnce() {
        clock.set(START);
        String limaMail = RecipientMother.uniqueEmail("quispe");
        String tokyoMail = RecipientMother.uniqueEmail("sato");
        String lima = followSeries(RecipientMother.limaOfficer(limaMail), PDM);
        String tokyo = followSeries(RecipientMother.tokyoOfficer(tokyoMail), PDM);
        wire.send(PDM, EventsOnTheWire.seriesCreated(PDM, List.of()));

        EventEnvelope scheduled = wire.send(PDM, EventsOnTheWire.scheduled(PDM, occurrence, MEETING,
                EventsOnTheWire.TOKYO));
        wire.send(scheduled);

        List<JsonNode> alerts = awaitPending(4);
        assertThat(dueTimes(alerts, lima)).containsExactly("2025-11-05T14:00:00Z", "2025-11-18T14:00:00Z");
        assertThat(dueTimes(alerts, tokyo)).containsExactly("2025-11-06T00:00:00Z", "2025-11-19T00:00:00Z");

        clock.set(Instant.parse("2025-11-05T13:59:00Z"));
        scheduler.fireDue();
        assertThat(Mailbox.of(limaMail)).isEmpty();

        clock.set(Instant.parse("2025-11-05T14:00:00Z"));
        await().atMost(Duration.ofSeconds(20)).until(() -> Mailbox.of(limaMail).size() == 1);
        Mailbox.Mail spanish = Mailbox.of(limaMail).get(0);
        assertThat(spanish.subject()).isEqualTo("Próxima reunión: Mecanismo de Diálogo Político Perú–Japón"
                + " (Viceministros de Relaciones Exteriores), dentro de 14 días");
        assertThat(spanish.body()).startsWith("Estimado/a María Quispe:")
                .contains("se celebrará dentro de 14 días")
                .contains("Sede: Tokio")
                .contains("Tokio: jueves, 20 de noviembre de 2025 10:00 (hora estándar de Japón)")
                .contains("Lima: miércoles, 19 de noviembre de 2025 20:00 (hora estándar de Perú)")
                .doesNotContain("Su hora");
        assertThat(Mailbox.of(tokyoMail)).isEmpty();

        clock.set(Instant.parse("2025-11-06T00:00:00Z"));
        await().atMost(Duration.ofSeconds(20)).until(() -> Mailbox.of(tokyoMail).size() == 1);
        Mailbox.Mail japanese = Mailbox.of(tokyoMail).get(0);
        assertThat(japanese.subject()).isEqualTo("【会合のご案内】日・ペルー政策対話メカニズム（外務次官級）（14日後に開催）");
        assertThat(japanese.body()).startsWith("佐藤 花子 様")
                .contains("開催地：東京")
                .contains("東京：2025年11月20日木曜日 10:00 (日本標準時)")
                .contains("リマ：2025年11月19日水曜日 20:00 (ペルー標準時)");

        wire.send(scheduled);
        scheduler.fireDue();
        assertThat(Mailbox.of(limaMail)).hasSize(1);
        assertThat(Mailbox.of(tokyoMail)).hasSize(1);
    }

    @Test
    void remindsOfAMeetingTheRecurrencePlansSayingItsDateIsNotConfirmedYet() {
        clock.set(START);
        String series = unique("political-dialogue");
        String limaMail = RecipientMother.uniqueEmail("quispe");
        String lima = followSeries(RecipientMother.limaOfficer(limaMail), series);

        wire.send(series, EventsOnTheWire.planned(series, occurrence, MEETING, EventsOnTheWire.TOKYO));

        await().atMost(Duration.ofSeconds(30)).until(() -> dueTimes(pending(), lima).size() == 2);
        clock.set(Instant.parse("2025-11-05T14:00:00Z"));
        await().atMost(Duration.ofSeconds(20)).until(() -> Mailbox.of(limaMail).size() == 1);
        assertThat(Mailbox.of(limaMail).get(0).body()).contains("Sede: Tokio\n  Estado: prevista según la"
                + " periodicidad de la serie; la fecha aún no está confirmada\n");
        wire.send(series, EventsOnTheWire.scheduled(series, occurrence, MEETING, EventsOnTheWire.TOKYO));
        await().atMost(Duration.ofSeconds(30)).until(() -> !projection.findMeeting(occurrence).orElseThrow().tentative());
        clock.set(Instant.parse("2025-11-18T14:00:00Z"));
        await().atMost(Duration.ofSeconds(20)).until(() -> Mailbox.of(limaMail).size() == 2);
        assertThat(Mailbox.of(limaMail).get(1).body()).doesNotContain("Estado:");
    }

    @Test
    void rescheduledMeetingReplacesItsPendingAlertsAndACancelledOneHasNone() {
        clock.set(START);
        String series = unique("political-dialogue");
        String limaMail = RecipientMother.uniqueEmail("quispe");
        String lima = followSeries(RecipientMother.limaOfficer(limaMail), series);
        wire.send(series, EventsOnTheWire.scheduled(series, occurrence, MEETING, EventsOnTheWire.TOKYO));
        await().atMost(Duration.ofSeconds(30)).until(() -> dueTimes(pending(), lima).size() == 2);

        Instant moved = Instant.parse("2025-12-04T01:00:00Z");
        wire.send(series, EventsOnTheWire.rescheduled(series, occurrence, MEETING, moved, EventsOnTheWire.TOKYO));

        await().atMost(Duration.ofSeconds(30)).until(() -> dueTimes(pending(), lima).contains("2025-11-19T14:00:00Z"));
        assertThat(dueTimes(pending(), lima)).containsExactly("2025-11-19T14:00:00Z", "2025-12-02T14:00:00Z");

        wire.send(series, EventsOnTheWire.cancelled(series, occurrence, moved));

        await().atMost(Duration.ofSeconds(30)).until(() -> dueTimes(pending(), lima).isEmpty());
        clock.set(Instant.parse("2025-12-03T14:00:00Z"));
        scheduler.fireDue();
        assertThat(Mailbox.of(limaMail)).isEmpty();
    }

    @Test
    void periodWithNoDateSetAlertsTheSeriesFollowersAtTheirNextDeliveryTime() {
        clock.set(START);
        String series = unique("road-map-working-group");
        String limaMail = RecipientMother.uniqueEmail("quispe");
        followSeries(RecipientMother.limaOfficer(limaMail), series);

        wire.send(series, EventsOnTheWire.noDateSet(series, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));

        clock.set(Instant.parse("2025-10-01T14:00:00Z"));
        await().atMost(Duration.ofSeconds(30)).until(() -> Mailbox.of(limaMail).size() == 1);
        Mailbox.Mail mail = Mailbox.of(limaMail).get(0);
        assertThat(mail.subject()).isEqualTo(
                "Fecha aún no fijada: Road Map monitoring working group (miércoles, 1 de enero de 2025 – miércoles, 31 de diciembre de 2025)");
        assertThat(mail.body()).contains("aún no se ha fijado una fecha");
    }

    @Test
    void meetingScheduledWithinThePeriodSettlesItsNoDateAlert() {
        clock.set(START);
        String series = unique("road-map-working-group");
        String limaMail = RecipientMother.uniqueEmail("quispe");
        String lima = followSeries(RecipientMother.limaOfficer(limaMail), series);
        wire.send(series, EventsOnTheWire.noDateSet(series, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));
        wire.send(series, EventsOnTheWire.scheduled(series, occurrence, Instant.parse("2025-12-10T15:00:00Z"),
                EventsOnTheWire.LIMA));
        await().atMost(Duration.ofSeconds(30)).until(() -> dueTimes(pending(), lima).size() == 2);

        clock.set(Instant.parse("2025-10-01T14:00:00Z"));
        scheduler.fireDue();

        assertThat(Mailbox.of(limaMail)).isEmpty();
    }

    /** Each meeting event reads its series' open periods: on MongoDB that read scans without this index. */
    @Test
    void aSeriesOpenPeriodsAreFoundThroughAnIndexOnTheSeries() {
        assertThat(mongo.indexOps(KnownCadencePeriod.class).getIndexInfo())
                .anySatisfy(index -> assertThat(index.getIndexFields().get(0).getKey()).isEqualTo("seriesId"));
    }

    @Test
    void poisonMeetingRecordIsDeadLetteredAndTheNextEventStillArrives() throws Exception {
        String series = unique("political-dialogue");
        String poisonKey = "poison-" + UUID.randomUUID();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.of("bootstrap.servers", EmbeddedInfrastructure.kafkaBootstrapServers()), new StringSerializer(),
                new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.MEETINGS, poisonKey,
                    "\u0000garbage".getBytes(StandardCharsets.UTF_8))).get();
        }
        wire.send(series, EventsOnTheWire.scheduled(series, occurrence, MEETING, EventsOnTheWire.LIMA));

        try (TopicReader deadLetters = new TopicReader(Topics.MEETINGS + ".notifications-service.dlt")) {
            assertThat(deadLetters.readUntil(r -> poisonKey.equals(r.key()), Duration.ofSeconds(30)))
                    .anyMatch(r -> poisonKey.equals(r.key()));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> api().get("/api/v1/notifications/meetings/" + occurrence)
                .statusCode() == 200);
        assertThat(json(api().get("/api/v1/notifications/meetings/" + occurrence)).get("venueCity").asString())
                .isEqualTo("Lima");
    }

    @Test
    void aMeetingWhoseTitleOrCityIsLongerThanMeetingsServiceTakesIsDeadLetteredAndNotLearnt() {
        String series = unique("political-dialogue");
        // meetings-service takes a series' title in up to 300 characters and a city's name in up to 100
        MeetingScheduled fitting = EventsOnTheWire.scheduled(series, occurrence, MEETING, EventsOnTheWire.LIMA);
        String longTitle = unique("long-title");
        wire.send(series, new MeetingScheduled(series, longTitle, "Mecanismo ".repeat(31), MEETING, fitting.end(),
                EventsOnTheWire.LIMA, List.of(), MeetingScheduled.CONFIRMED));
        String longCity = unique("long-city");
        wire.send(series, new MeetingScheduled(series, longCity, fitting.title(), MEETING, fitting.end(),
                new Venue("Lima ".repeat(21), "PE", "America/Lima"), List.of(), MeetingScheduled.CONFIRMED));
        wire.send(series, fitting);

        await().atMost(Duration.ofSeconds(30)).until(() -> api().get("/api/v1/notifications/meetings/" + occurrence)
                .statusCode() == 200);
        assertThat(api().get("/api/v1/notifications/meetings/" + longTitle).statusCode()).isEqualTo(404);
        assertThat(api().get("/api/v1/notifications/meetings/" + longCity).statusCode()).isEqualTo(404);
        try (TopicReader deadLetters = new TopicReader(Topics.MEETINGS + ".notifications-service.dlt")) {
            List<String> parked = deadLetters.readUntil(r -> r.value() != null && new String(r.value(),
                    StandardCharsets.UTF_8).contains(longCity), Duration.ofSeconds(30)).stream()
                    .filter(r -> r.value() != null).map(r -> new String(r.value(), StandardCharsets.UTF_8)).toList();
            assertThat(parked).anyMatch(value -> value.contains(longTitle)).anyMatch(value -> value.contains(longCity))
                    .noneMatch(value -> value.contains(occurrence));
        }
    }

    private String followSeries(String recipientJson, String series) {
        String recipient = json(api().post("/api/v1/recipients", recipientJson)).get("id").asString();
        assertThat(api().post("/api/v1/subscriptions", """
                {"recipientId": "%s", "meetingSeriesId": "%s", "kinds": ["meeting", "cadence"]}"""
                .formatted(recipient, series)).statusCode()).isEqualTo(201);
        return recipient;
    }

    /** A series of its own, so meetings of other tests are not followed too. */
    private static String unique(String series) {
        return series + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private List<JsonNode> pending() {
        var response = api().get("/api/v1/notifications/meetings/" + occurrence + "/alerts");
        return response.statusCode() == 200 ? json(response).valueStream().toList() : List.of();
    }

    private List<JsonNode> awaitPending(int atLeast) {
        await().atMost(Duration.ofSeconds(30)).until(() -> pending().size() >= atLeast);
        return pending();
    }

    private static List<String> dueTimes(List<JsonNode> alerts, String recipient) {
        return alerts.stream().filter(a -> a.get("recipientId").asString().equals(recipient))
                .map(a -> a.get("dueAt").asString()).sorted().toList();
    }
}
