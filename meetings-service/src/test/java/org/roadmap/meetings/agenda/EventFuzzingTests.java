package org.roadmap.meetings.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.roadmap.platform.test.ApiClient.json;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.roadmap.events.EventEnvelope;
import org.roadmap.events.EventSchemas;
import org.roadmap.events.EventType;
import org.roadmap.events.ListLimits;
import org.roadmap.events.TextLimits;
import org.roadmap.events.Topics;
import org.roadmap.meetings.support.ServiceTest;
import org.roadmap.platform.test.ApiClient;
import org.roadmap.platform.test.fuzz.EventFuzzReport;
import org.roadmap.platform.test.fuzz.EventFuzzer;
import org.roadmap.platform.test.fuzz.FuzzedRecord;

/**
 * Hundreds of hostile records on the commitments topic: each one the contract refuses is on the
 * dead-letter topic unchanged, none it accepts is, and a commitment registered after them still
 * labels the agenda of a meeting series.
 */
class EventFuzzingTests extends ServiceTest {

    /** Fuzzed commitments go to a road map of their own, so they label no seeded series. */
    private static final String FUZZED_ROAD_MAP = "event-fuzzing";
    private static final String SENTINEL_ROAD_MAP = "event-fuzzing-sentinel";

    @Test
    void deadLettersWhatTheContractRefusesAndStillLabelsAgendasWithTheNextCommitment() {
        ApiClient api = api();
        // III.1 is the reference of the golden samples: this series' agenda shows what the fuzzed records left
        assertThat(api.post("/api/v1/meeting-series", series(FUZZED_ROAD_MAP, "III.1")).statusCode()).isEqualTo(201);
        assertThat(api.post("/api/v1/meeting-series", series(SENTINEL_ROAD_MAP, "I.2")).statusCode()).isEqualTo(201);
        List<FuzzedRecord> fuzzed = new EventFuzzer(Topics.COMMITMENTS,
                Set.of(EventType.COMMITMENT_REGISTERED, EventType.COMMITMENT_UPDATED, EventType.MEETING_SERIES_OFFERED),
                EventFuzzer.seed())
                .replacingInSamples("jp-pe-2024-2033", FUZZED_ROAD_MAP)
                .keepingCommitmentFields()
                // an offered series is made as the API makes one, and its parties are checked as its venues are: zones
                // known, a title and organiser in 300 characters, names of cities and parties in 100
                .storingAtMost(EventType.MEETING_SERIES_OFFERED, "/title", TextLimits.SERIES_TITLE)
                .storingAtMost(EventType.MEETING_SERIES_OFFERED, "/organiser", TextLimits.ORGANISER)
                .storingAtMost(EventType.MEETING_SERIES_OFFERED, "/offeredBy", TextLimits.ACTOR)
                .usingTimeZone(EventType.MEETING_SERIES_OFFERED, "/timeZone")
                .usingTimeZone(EventType.MEETING_SERIES_OFFERED, "/venues/0/timeZone")
                .usingTimeZone(EventType.MEETING_SERIES_OFFERED, "/parties/0/timeZone")
                .storingAtMost(EventType.MEETING_SERIES_OFFERED, "/venues/0/city", TextLimits.PLACE_NAME)
                .storingAtMost(EventType.MEETING_SERIES_OFFERED, "/parties/0/name", TextLimits.PLACE_NAME)
                .storingAtMost(EventType.MEETING_SERIES_OFFERED, "/parties/0/capital", TextLimits.PLACE_NAME)
                .keepingAtMost(EventType.MEETING_SERIES_OFFERED, "/venues", ListLimits.VENUES)
                .keepingAtMost(EventType.MEETING_SERIES_OFFERED, "/parties", ListLimits.PARTIES)
                .records(EventFuzzer.perTopic());

        EventFuzzer.sendFollowedBy(fuzzed, sentinel().toProducerRecord(Topics.COMMITMENTS));

        await().atMost(Duration.ofSeconds(60)).until(() -> json(api.get("/api/v1/meeting-series/" + SENTINEL_ROAD_MAP
                + "-series")).get("commitments").get(0).path("title").asString("").equals("Sentinel commitment"));
        EventFuzzReport report = EventFuzzReport.of(fuzzed, Topics.COMMITMENTS, "meetings-service", Duration.ofSeconds(60))
                .printed("meetings-service event fuzzing of " + Topics.COMMITMENTS);
        assertThat(report.findings()).isEmpty();
        assertThat(json(api.withoutToken().get("/actuator/health")).get("status").asString()).isEqualTo("UP");
        String fuzzedSeries = "/api/v1/meeting-series/" + FUZZED_ROAD_MAP + "-series";
        for (String path : List.of(fuzzedSeries, fuzzedSeries + "/occurrences?from=2025-01-01&to=2027-12-31",
                fuzzedSeries + "/cadence", "/api/v1/meeting-series", "/api/v1/meetings?from=2025-01-01&to=2027-12-31",
                "/api/v1/calendar/series/" + FUZZED_ROAD_MAP + "-series.ics", "/api/v1/calendar/all.ics")) {
            assertThat(api.get(path).statusCode()).as(path).isEqualTo(200);
        }
    }

    private static EventEnvelope sentinel() {
        String id = UUID.randomUUID().toString();
        String data = EventSchemas.sampleText(EventType.COMMITMENT_REGISTERED)
                .replace("6f1c2a9e-0b7d-4c55-9a43-3a1f0d2e7b10", id).replace("jp-pe-2024-2033", SENTINEL_ROAD_MAP)
                .replace("\"III.1\"", "\"I.2\"").replace("Report on the cooperation framework within one year",
                        "Sentinel commitment");
        return new EventEnvelope(UUID.randomUUID().toString(), "/roadmap/commitments-service",
                EventType.COMMITMENT_REGISTERED.type(), id, Instant.now(), data);
    }

    private static String series(String roadMapId, String reference) {
        return """
                {"id": "%s-series", "roadMapId": "%s", "title": "Event fuzzing working group",
                 "organiser": "Road Map working group", "commitments": ["%s"], "duration": "PT2H",
                 "recurrence": {"rule": "FREQ=YEARLY", "firstStart": "2025-09-16T10:00"},
                 "venue": {"rule": "fixed", "venues": [{"city": "Lima", "country": "PE"}]},
                 "timeZone": "America/Lima"}
                """.formatted(roadMapId, roadMapId, reference);
    }
}
