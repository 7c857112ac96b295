package org.roadmap.meetings.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.roadmap.platform.test.ApiClient.json;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.roadmap.events.EventEnvelope;
import org.roadmap.events.EventSchemas;
import org.roadmap.events.EventType;
import org.roadmap.events.ListLimits;
import org.roadmap.events.Topics;
import org.roadmap.meetings.config.MeetingsProperties.Party;
import org.roadmap.meetings.support.CommitmentsOnTheWire;
import org.roadmap.meetings.support.ServiceTest;
import org.roadmap.platform.test.ApiClient;
import org.roadmap.platform.test.TopicReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import tools.jackson.databind.JsonNode;

/** The meeting series a confirmed imported commitment offers becomes a series of its own road map. */
class OfferedSeriesTests extends ServiceTest {

    private static final String SAMPLE_SERIES = "canada-chile-joint-commission-3fa2b1c9";
    private static final String SAMPLE_COMMITMENT = "0b4f6f5e-2f0e-3c1a-9d7b-5e2a8c1d4f36";

    @Autowired
    MeetingSeriesManagement management;

    @Autowired
    Parties parties;

    @Test
    void createsTheOfferedSeriesInTheImportedRoadMapsOwnCapitals() {
        String seriesId = "joint-commission-" + UUID.randomUUID().toString().substring(0, 8);
        EventEnvelope offer = offer(seriesId, "I.2", "action-plan-ca-cl");

        CommitmentsOnTheWire.send(offer);

        MeetingSeries series = await().atMost(Duration.ofSeconds(30))
                .until(() -> management.find(seriesId).orElse(null), found -> found != null);
        assertThat(series.roadMapId()).isEqualTo("action-plan-ca-cl");
        assertThat(series.title()).isEqualTo("Canada-Chile Joint Commission");
        assertThat(series.commitments()).containsExactly("I.2");
        assertThat(series.venueRule().kind()).isEqualTo("alternating");
        assertThat(series.venueRule().venues()).extracting(Venue::city).containsExactly("Ottawa", "Santiago");
        assertThat(series.cadence().kind()).isEqualTo("annual");
        assertThat(series.cadence().periods()).hasSize(5);
        assertThat(series.cadence().periods().get(0).label()).isEqualTo("2026");

        ApiClient api = api();
        HttpResponse<String> inSantiago = api.post("/api/v1/meeting-series/" + seriesId + "/occurrences",
                "{\"start\": \"2026-10-06T10:00\", \"end\": \"2026-10-06T12:00\", "
                        + "\"venue\": {\"city\": \"Santiago\", \"country\": \"CL\"}}");
        assertThat(inSantiago.statusCode()).as(inSantiago.body()).isEqualTo(201);
        JsonNode local = json(inSantiago).get("local");
        assertThat(local.get("venue").get("start").asString()).isEqualTo("2026-10-06T10:00:00-03:00");
        assertThat(local.get("ottawa").get("start").asString()).isEqualTo("2026-10-06T09:00:00-04:00");
        assertThat(local.has("tokyo")).as("the configured road map's capitals are not this one's").isFalse();
        HttpResponse<String> inLima = api.post("/api/v1/meeting-series/" + seriesId + "/occurrences",
                "{\"start\": \"2027-10-06T10:00\", \"venue\": {\"city\": \"Lima\", \"country\": \"PE\"}}");
        assertThat(inLima.statusCode()).isEqualTo(400);
        assertThat(inLima.body()).contains("venue.country");
    }

    @Test
    void addsTheCommitmentToASeriesItsRoadMapHasAndChangesNothingOnRedelivery() {
        String seriesId = "joint-commission-" + UUID.randomUUID().toString().substring(0, 8);
        CommitmentsOnTheWire.send(offer(seriesId, "I.2", "action-plan-ca-cl"));
        await().atMost(Duration.ofSeconds(30)).until(() -> management.find(seriesId).isPresent());
        EventEnvelope second = offer(seriesId, "II.4", "action-plan-ca-cl");

        CommitmentsOnTheWire.send(second);
        CommitmentsOnTheWire.send(second);

        MeetingSeries series = await().atMost(Duration.ofSeconds(30)).until(() -> management.find(seriesId).orElseThrow(),
                s -> s.commitments().contains("II.4"));
        assertThat(series.commitments()).containsExactly("I.2", "II.4");
        long version = series.version();
        String commitmentId = UUID.randomUUID().toString();
        CommitmentsOnTheWire.send(offer(seriesId, "I.2", "action-plan-ca-cl", commitmentId));
        // the same key, so the same partition: read after the offer above
        String marker = "joint-commission-" + UUID.randomUUID().toString().substring(0, 8);
        CommitmentsOnTheWire.send(offer(marker, "I.9", "action-plan-ca-cl", commitmentId));
        await().atMost(Duration.ofSeconds(30)).until(() -> management.find(marker).isPresent());
        assertThat(management.find(seriesId).orElseThrow().version()).isEqualTo(version);
    }

    @Test
    void parksAnOfferOfAnotherRoadMapsSeries() {
        String seriesId = "joint-commission-" + UUID.randomUUID().toString().substring(0, 8);
        CommitmentsOnTheWire.send(offer(seriesId, "I.2", "action-plan-ca-cl"));
        await().atMost(Duration.ofSeconds(30)).until(() -> management.find(seriesId).isPresent());
        EventEnvelope foreign = offer(seriesId, "I.3", "another-road-map");

        CommitmentsOnTheWire.send(foreign);

        try (TopicReader deadLetters = new TopicReader(Topics.COMMITMENTS + ".meetings-service.dlt")) {
            List<String> keys = deadLetters.readUntilKeys(List.of(foreign.subject()), Duration.ofSeconds(60)).stream()
                    .map(r -> r.key()).toList();
            assertThat(keys).contains(foreign.subject());
        }
        assertThat(management.find(seriesId).orElseThrow().commitments()).containsExactly("I.2");
    }

    @Test
    void parksAnOfferThatWouldMakeASeriesServeMoreCommitmentsThanTheApiTakes() {
        String seriesId = "joint-commission-" + UUID.randomUUID().toString().substring(0, 8);
        CommitmentsOnTheWire.send(offer(seriesId, "I.1", "action-plan-ca-cl"));
        MeetingSeries series = await().atMost(Duration.ofSeconds(30))
                .until(() -> management.find(seriesId).orElse(null), found -> found != null);
        List<String> fifty = IntStream.rangeClosed(1, ListLimits.SERIES_COMMITMENTS).mapToObj(n -> "I." + n).toList();
        management.change(series, series.version(), new SeriesUpdate(null, null, null, fifty, null, null, null, null,
                null), "the working group");
        EventEnvelope fiftyFirst = offer(seriesId, "I.51", "action-plan-ca-cl");

        CommitmentsOnTheWire.send(fiftyFirst);

        try (TopicReader deadLetters = new TopicReader(Topics.COMMITMENTS + ".meetings-service.dlt")) {
            assertThat(deadLetters.readUntilKeys(List.of(fiftyFirst.subject()), Duration.ofSeconds(60)))
                    .extracting(r -> r.key()).contains(fiftyFirst.subject());
        }
        assertThat(management.find(seriesId).orElseThrow().commitments()).isEqualTo(fifty);
    }

    @Test
    void parksAnOfferWhosePartyIsInAZoneNoOneKnowsAndKeepsTheRoadMapsPartiesAsTheyWere() {
        String roadMapId = "action-plan-ca-cl-" + UUID.randomUUID().toString().substring(0, 8);
        String seriesId = "joint-commission-" + UUID.randomUUID().toString().substring(0, 8);
        CommitmentsOnTheWire.send(offer(seriesId, "I.2", roadMapId));
        await().atMost(Duration.ofSeconds(30)).until(() -> management.find(seriesId).isPresent());
        // the series exists, so a second offer only adds its commitment: no venue of it is checked against the zones
        EventEnvelope garbled = offer(seriesId, "I.3", roadMapId);
        EventEnvelope unknownZone = new EventEnvelope(garbled.id(), garbled.source(), garbled.type(),
                garbled.subject(), garbled.time(), garbled.data().replaceFirst(
                        "(\"capital\": \"Ottawa\",\\s*\"timeZone\": )\"America/Toronto\"", "$1\"Mars/Olympus_Mons\""));
        assertThat(unknownZone.data()).contains("Mars/Olympus_Mons");

        CommitmentsOnTheWire.send(unknownZone);

        try (TopicReader deadLetters = new TopicReader(Topics.COMMITMENTS + ".meetings-service.dlt")) {
            assertThat(deadLetters.readUntilKeys(List.of(unknownZone.subject()), Duration.ofSeconds(60)))
                    .extracting(r -> r.key()).contains(unknownZone.subject());
        }
        assertThat(management.find(seriesId).orElseThrow().commitments()).containsExactly("I.2");
        assertThat(parties.ofRoadMap(roadMapId)).extracting(Party::timeZone)
                .containsExactly("America/Toronto", "America/Santiago");
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void parksAnOfferWhoseTitleOrOrganiserIsLongerThanTheApiTakes(CapturedOutput output) {
        String roadMapId = "action-plan-ca-cl-" + UUID.randomUUID().toString().substring(0, 8);
        String longTitle = "joint-commission-" + UUID.randomUUID().toString().substring(0, 8);
        String longOrganiser = "joint-commission-" + UUID.randomUUID().toString().substring(0, 8);
        EventEnvelope title = offer(longTitle, "I.2", roadMapId);
        title = new EventEnvelope(title.id(), title.source(), title.type(), title.subject(), title.time(),
                title.data().replace("\"Canada-Chile Joint Commission\"",
                        "\"" + "Joint Commission ".repeat(18) + "\""));
        EventEnvelope organiser = offer(longOrganiser, "I.2", roadMapId);
        organiser = new EventEnvelope(organiser.id(), organiser.source(), organiser.type(), organiser.subject(),
                organiser.time(), organiser.data().replace("\"Global Affairs Canada (GAC) and",
                        "\"" + "Global Affairs Canada (GAC), ".repeat(11) + "and"));

        CommitmentsOnTheWire.send(title);
        CommitmentsOnTheWire.send(organiser);

        try (TopicReader deadLetters = new TopicReader(Topics.COMMITMENTS + ".meetings-service.dlt")) {
            assertThat(deadLetters.readUntilKeys(List.of(title.subject(), organiser.subject()), Duration.ofSeconds(60)))
                    .extracting(r -> r.key()).contains(title.subject(), organiser.subject());
        }
        assertThat(management.find(longTitle)).isEmpty();
        assertThat(management.find(longOrganiser)).isEmpty();
        // refused at the first attempt, as every later one would be: no back-off holding its partition
        String key = "(key " + title.subject() + ")";
        await().atMost(Duration.ofSeconds(10)).until(() -> output.getOut().contains(key));
        String record = output.getOut().lines().filter(line -> line.contains(key)).findFirst().orElseThrow()
                .replaceAll(".*dead-lettered record (\\S+) \\(key .*", "$1");
        assertThat(output.getOut().lines().filter(line -> line.contains("Consuming " + record + " failed"))).hasSize(1);
    }

    /** The contract's golden sample, as series {@code seriesId} offered by commitment {@code reference}. */
    private static EventEnvelope offer(String seriesId, String reference, String roadMapId) {
        return offer(seriesId, reference, roadMapId, UUID.randomUUID().toString());
    }

    private static EventEnvelope offer(String seriesId, String reference, String roadMapId, String commitmentId) {
        String data = EventSchemas.sampleText(EventType.MEETING_SERIES_OFFERED)
                .replace(SAMPLE_SERIES, seriesId)
                .replace(SAMPLE_COMMITMENT, commitmentId)
                .replace("\"I.2\"", "\"" + reference + "\"")
                .replace("action-plan-between-canada-and-the-republic-of-c-3fa2b1c9", roadMapId);
        return new EventEnvelope(UUID.randomUUID().toString(), "/roadmap/commitments-service",
                EventType.MEETING_SERIES_OFFERED.type(), commitmentId, Instant.now(), data);
    }
}
