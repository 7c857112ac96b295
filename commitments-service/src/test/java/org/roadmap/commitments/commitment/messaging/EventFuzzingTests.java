package org.roadmap.commitments.commitment.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.roadmap.platform.test.ApiClient.json;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.roadmap.commitments.support.ServiceTest;
import org.roadmap.events.EventEnvelope;
import org.roadmap.events.EventSchemas;
import org.roadmap.events.EventType;
import org.roadmap.events.ListLimits;
import org.roadmap.events.TextLimits;
import org.roadmap.events.Topics;
import org.roadmap.platform.test.ApiClient;
import org.roadmap.platform.test.fuzz.EventFuzzReport;
import org.roadmap.platform.test.fuzz.EventFuzzer;
import org.roadmap.platform.test.fuzz.FuzzedRecord;

/**
 * Hundreds of hostile records on the meetings topic: each one the contract refuses is on the
 * dead-letter topic unchanged, none it accepts is, and a held meeting sent after them still
 * reaches the commitment's progress timeline.
 */
class EventFuzzingTests extends ServiceTest {

    private static final String SAMPLE_COMMITMENT = "6f1c2a9e-0b7d-4c55-9a43-3a1f0d2e7b10";

    @Test
    void deadLettersWhatTheContractRefusesAndStillRecordsTheNextHeldMeeting() {
        ApiClient api = api();
        // the agenda names commitments that exist, so accepted records reach their progress timelines:
        // seeded ones no other test class looks at
        String fuzzedOnAgenda = id(api, "III.3");
        String sentinelOnAgenda = id(api, "III.4");
        List<FuzzedRecord> fuzzed = new EventFuzzer(Topics.MEETINGS, Set.of(EventType.MEETING_HELD), EventFuzzer.seed())
                .replacingInSamples(SAMPLE_COMMITMENT, fuzzedOnAgenda)
                .keepingMeetingTexts()
                .storingAtMost(EventType.MEETING_HELD, "/recordedBy", TextLimits.ACTOR)
                .keepingAtMost(EventType.MEETING_HELD, "/agendaCommitmentIds", ListLimits.AGENDA)
                .keepingAtMost(EventType.MEETING_HELD, "/outcomes", ListLimits.OUTCOMES)
                .records(EventFuzzer.perTopic());
        String occurrence = "sentinel-" + UUID.randomUUID();

        EventFuzzer.sendFollowedBy(fuzzed, held(occurrence, sentinelOnAgenda).toProducerRecord(Topics.MEETINGS));

        await().atMost(Duration.ofSeconds(60)).until(() -> json(api.get("/api/v1/commitments/" + sentinelOnAgenda
                + "/progress-reports")).get("content").valueStream().anyMatch(entry -> occurrence.equals(entry.path("meetingId").asString())));
        EventFuzzReport report = EventFuzzReport.of(fuzzed, Topics.MEETINGS, "commitments-service", Duration.ofSeconds(60))
                .printed("commitments-service event fuzzing of " + Topics.MEETINGS);
        assertThat(report.findings()).isEmpty();
        assertThat(json(api.withoutToken().get("/actuator/health")).get("status").asString()).isEqualTo("UP");
        for (String path : List.of("/api/v1/commitments/" + fuzzedOnAgenda, "/api/v1/commitments/" + fuzzedOnAgenda
                + "/progress-reports", "/api/v1/commitments/" + fuzzedOnAgenda + "/history",
                "/api/v1/commitments?roadMapId=jp-pe-2024-2033&size=100", "/api/v1/road-maps/jp-pe-2024-2033/progress")) {
            assertThat(api.get(path).statusCode()).as(path).isEqualTo(200);
        }
    }

    /** The golden sample of a held meeting, on another occurrence and agenda. */
    private static EventEnvelope held(String occurrence, String commitmentId) {
        String data = EventSchemas.sampleText(EventType.MEETING_HELD)
                .replace("political-dialogue-mechanism-2025", occurrence).replace(SAMPLE_COMMITMENT, commitmentId);
        return new EventEnvelope(UUID.randomUUID().toString(), "/roadmap/meetings-service", EventType.MEETING_HELD.type(),
                "political-dialogue-mechanism", Instant.now(), data);
    }

    private static String id(ApiClient api, String reference) {
        return json(api.get("/api/v1/commitments?roadMapId=jp-pe-2024-2033&reference=" + reference))
                .get("content").get(0).get("id").asString();
    }
}
