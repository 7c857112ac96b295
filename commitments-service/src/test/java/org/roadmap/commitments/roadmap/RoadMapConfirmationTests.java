package org.roadmap.commitments.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roadmap.platform.test.ApiClient.json;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roadmap.commitments.support.ServiceTest;
import org.roadmap.events.EventSchemas;
import org.roadmap.events.EventType;
import org.roadmap.events.TextLimits;
import org.roadmap.events.Topics;
import org.roadmap.platform.test.ApiClient;
import org.roadmap.platform.test.TestUser;
import org.roadmap.platform.test.TopicReader;

import tools.jackson.databind.JsonNode;

/** A person confirms an imported road map's suggested structure: one item or all at once, corrections kept. */
class RoadMapConfirmationTests extends ServiceTest {

    private ApiClient api;

    @BeforeEach
    void client() {
        api = api();
    }

    @Test
    void confirmsEveryCommitmentAtOnceKeepingEachCorrectionInItsHistory() {
        JsonNode imported = json(importCanadaChile());
        String roadMap = imported.get("id").asString();
        String fund = "/api/v1/commitments/" + imported.get("suggestions").get(0).get("id").asString();
        HttpResponse<String> corrected = api.patch(fund, "{\"deadline\": \"2027-06-30\"}", "If-Match", "\"1\"");
        assertThat(corrected.statusCode()).isEqualTo(200);

        HttpResponse<String> confirmed = api.postWithoutBody("/api/v1/road-maps/" + roadMap + "/confirmation");

        assertThat(confirmed.statusCode()).isEqualTo(200);
        assertThat(json(confirmed).get("confirmed").valueStream().map(JsonNode::asString).toList())
                .containsExactly("I.1", "I.2");
        assertThat(json(confirmed).get("alreadyConfirmed").asInt()).isZero();
        JsonNode commitments = json(api.get("/api/v1/commitments?roadMapId=" + roadMap)).get("content");
        assertThat(commitments.valueStream().map(c -> c.get("annotation").asString()).toList())
                .containsOnly("confirmed");
        JsonNode confirmation = json(api.get(fund + "/history?size=1")).get("content").get(0);
        assertThat(confirmation.get("kind").asString()).isEqualTo("confirmed");
        assertThat(confirmation.get("before").get("annotation").asString()).isEqualTo("suggested");
        assertThat(confirmation.get("after").get("annotation").asString()).isEqualTo("confirmed");
        JsonNode correction = confirmation.get("after").get("corrected").get(0);
        assertThat(correction.get("field").asString()).isEqualTo("deadline");
        assertThat(correction.get("suggested").asString()).isEqualTo("2026-12-31");
        assertThat(correction.get("confirmed").asString()).isEqualTo("2027-06-30");
        assertThat(confirmation.get("after").get("corrected")).hasSize(1);

        JsonNode again = json(api.postWithoutBody("/api/v1/road-maps/" + roadMap + "/confirmation"));
        assertThat(again.get("confirmed")).isEmpty();
        assertThat(again.get("alreadyConfirmed").asInt()).isEqualTo(2);
    }

    @Test
    void onlyTheWorkingGroupConfirmsARoadMap() {
        String roadMap = json(importCanadaChile()).get("id").asString();

        HttpResponse<String> byEditor = api.as(TestUser.PE_EDITOR)
                .postWithoutBody("/api/v1/road-maps/" + roadMap + "/confirmation");

        assertThat(byEditor.statusCode()).isEqualTo(403);
        assertThat(byEditor.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(api.postWithoutBody("/api/v1/road-maps/no-such-road-map/confirmation").statusCode()).isEqualTo(404);
    }

    @Test
    void offersTheMeetingSeriesAConfirmedCommitmentImpliesToMeetingsService() {
        JsonNode imported = json(importCanadaChile());
        JsonNode commission = imported.get("suggestions").get(1);
        String id = commission.get("id").asString();
        String seriesId = commission.get("suggestions").get("meetingSeries").get("id").asString();
        assertThat(seriesId).as("a series id of its road map's own").endsWith(imported.get("digest").asString()
                .substring(0, 8));

        api.patch("/api/v1/commitments/" + id, "{\"confirmed\": true}", "If-Match", "\"1\"");

        ConsumerRecord<String, byte[]> offer = offer(id);
        assertThat(EventSchemas.violations(EventType.MEETING_SERIES_OFFERED, new String(offer.value()))).isEmpty();
        JsonNode series = json(offer);
        assertThat(series.get("seriesId").asString()).isEqualTo(seriesId);
        assertThat(series.get("reference").asString()).isEqualTo("I.2");
        assertThat(series.get("cadence").asString()).isEqualTo("annual");
        assertThat(series.get("venueRule").asString()).isEqualTo("alternating");
        assertThat(series.get("venues").valueStream().map(v -> v.get("city").asString() + " "
                + v.get("timeZone").asString()).toList())
                .containsExactly("Ottawa America/Toronto", "Santiago America/Santiago");
        assertThat(series.get("periodsFrom").asString()).isEqualTo("2026-01-01");
        assertThat(series.get("periodsUntil").asString()).isEqualTo("2030-12-31");
        assertThat(series.get("parties").valueStream().map(p -> p.get("capital").asString()).toList())
                .containsExactly("Ottawa", "Santiago");
        JsonNode history = json(api.get("/api/v1/commitments/" + id + "/history?size=1")).get("content").get(0);
        assertThat(history.get("after").get("offeredSeries").get("seriesId").asString()).isEqualTo(seriesId);
    }

    @Test
    void offersASeriesWhoseOrganiserMeetingsServiceTakesHoweverLongTheEntitiesNames() {
        JsonNode imported = json(importCanadaChile());
        String id = imported.get("suggestions").get(1).get("id").asString();
        // two names the API takes (up to 300 characters each), which together are longer than an organiser may be
        String entities = "[{\"name\": \"%s\", \"country\": \"CA\", \"role\": \"lead\"}, "
                + "{\"name\": \"%s\", \"country\": \"CL\", \"role\": \"lead\"}]";
        String canada = "Canada's Department of " + "Foreign Affairs, Trade and Development ".repeat(6);
        String chile = "Chile's Ministry of " + "Foreign Affairs and of Economy ".repeat(8);
        assertThat(api.patch("/api/v1/commitments/" + id, "{\"responsibleEntities\": "
                + entities.formatted(canada.strip(), chile.strip()) + "}", "If-Match", "\"1\"").statusCode())
                .isEqualTo(200);

        api.patch("/api/v1/commitments/" + id, "{\"confirmed\": true}", "If-Match", "\"2\"");

        assertThat(json(offer(id)).get("organiser").asString()).hasSizeLessThanOrEqualTo(TextLimits.ORGANISER)
                .startsWith(canada.strip() + " and Chile's Ministry").endsWith("…");
    }

    @Test
    void offersASeriesWhoseTitleMeetingsServiceTakesHoweverLongTheNameTheTextGivesIt() {
        String sectors = " and Trade and Investment and Mining and Energy and Fisheries and Forestry".repeat(5);
        JsonNode imported = json(importText("ACTION PLAN BETWEEN CANADA AND THE REPUBLIC OF CHILE 2025-2030", """
                1. Hold annual meetings of the Canada-Chile Joint Commission on Agriculture%s. The venue of the \
                meetings will alternate between Ottawa and Santiago.
                """.formatted(sectors)));
        JsonNode commission = imported.get("suggestions").get(0);
        String id = commission.get("id").asString();
        assertThat(commission.get("suggestions").get("meetingSeries").get("name").asString())
                .hasSizeGreaterThan(TextLimits.SERIES_TITLE);

        api.patch("/api/v1/commitments/" + id, "{\"confirmed\": true}", "If-Match", "\"1\"");

        assertThat(json(offer(id)).get("title").asString()).hasSizeLessThanOrEqualTo(TextLimits.SERIES_TITLE)
                .startsWith("Canada-Chile Joint Commission on Agriculture and Trade").endsWith("…");
    }

    @Test
    void aBodyAPersonMadeResponsibleIsRecognisedInLaterImports() {
        String acronym = acronym();
        String mention = "1. Hold annual consultations between Global Affairs Canada and the Ministry of Foreign Affairs"
                + " of Chile.\n\n2. Strengthen artisanal fisheries in the south of Chile together with " + acronym + ".";
        JsonNode before = json(importText("FISHERIES PLAN OF CHILE AND CANADA 2026-2028", mention));
        assertThat(entities(before.get("suggestions").get(1))).noneMatch(e -> e.contains(acronym));

        JsonNode taught = json(importText("FISHERIES PLAN OF CANADA AND CHILE 2026-2029", mention));
        String item = "/api/v1/commitments/" + taught.get("suggestions").get(1).get("id").asString();
        HttpResponse<String> confirmed = api.patch(item, """
                {"confirmed": true, "responsibleEntities": [
                  {"name": "Global Affairs Canada (GAC)", "country": "CA", "role": "lead"},
                  {"name": "Chilean Artisanal Fisheries Service (%s)", "country": "CL", "role": "implementing"}]}
                """.formatted(acronym), "If-Match", "\"1\"");
        assertThat(confirmed.statusCode()).isEqualTo(200);

        JsonNode after = json(importText("FISHERIES PLAN OF CHILE AND CANADA 2026-2030", mention));
        JsonNode learned = after.get("suggestions").get(1).get("suggestions").get("responsibleEntities").valueStream()
                .filter(e -> e.get("name").asString().contains(acronym)).findFirst().orElseThrow();
        assertThat(learned.get("name").asString()).isEqualTo("Chilean Artisanal Fisheries Service (" + acronym + ")");
        assertThat(learned.get("country").asString()).isEqualTo("CL");
        assertThat(learned.get("basis").asString()).isEqualTo("gazetteer");
        assertThat(learned.get("gazetteerId").asString()).isEqualTo("cl-" + acronym.toLowerCase());
    }

    /** The series commitment {@code commitmentId} offered to meetings-service when it was confirmed. */
    private static ConsumerRecord<String, byte[]> offer(String commitmentId) {
        Predicate<ConsumerRecord<String, byte[]>> offered = r -> commitmentId.equals(r.key())
                && EventType.MEETING_SERIES_OFFERED.type().equals(TopicReader.header(r, "ce_type"));
        try (TopicReader topic = new TopicReader(Topics.COMMITMENTS)) {
            return topic.readUntil(offered, Duration.ofSeconds(30)).stream().filter(offered).findFirst().orElseThrow();
        }
    }

    private HttpResponse<String> importCanadaChile() {
        return importText("ACTION PLAN BETWEEN CANADA AND THE REPUBLIC OF CHILE 2025-2030", """
                1. Establish, by the end of 2026, a joint financing window with the participation of the Business Development Bank of Canada (BDC) and the Chilean Economic Development Agency (CORFO).

                2. Hold annual meetings of the Canada-Chile Joint Commission. The venue of the meetings will alternate between Ottawa and Santiago.
                """);
    }

    private HttpResponse<String> importText(String title, String items) {
        HttpResponse<String> created = api.postText("/api/v1/road-maps", "text/plain", """
                [Title] %s %s
                [Place] Ottawa
                [Date] March 12, 2025
                [Full text]

                I. COOPERATION PILLAR

                %s
                """.formatted(title, UUID.randomUUID(), items));
        assertThat(created.statusCode()).isEqualTo(201);
        return created;
    }

    private static List<String> entities(JsonNode suggested) {
        return suggested.get("suggestions").get("responsibleEntities").valueStream().map(e -> e.get("name").asString())
                .toList();
    }

    /** An acronym no gazetteer entry has: five capitals. */
    private static String acronym() {
        Random random = new Random();
        StringBuilder letters = new StringBuilder("QX");
        for (int i = 0; i < 3; i++) {
            letters.append((char) ('A' + random.nextInt(26)));
        }
        return letters.toString();
    }
}
