package org.roadmap.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.roadmap.events.EventEnvelope;
import org.roadmap.events.EventSchemas;
import org.roadmap.events.EventType;
import org.roadmap.events.Topics;
import org.roadmap.platform.sample.SampleApplication;
import org.roadmap.platform.test.fuzz.EventFuzzReport;
import org.roadmap.platform.test.fuzz.EventFuzzer;
import org.roadmap.platform.test.fuzz.FuzzedRecord;
import org.roadmap.platform.test.fuzz.FuzzedRecord.Outcome;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Hundreds of hostile records on a consumer built with {@link InboundEvents}: each is applied,
 * skipped or dead-lettered exactly as the contract says, and the consumer goes on.
 */
class InboundEventsFuzzingTests {

    private static ConfigurableApplicationContext service;

    @BeforeAll
    static void start() {
        service = SampleApplication.start("inbound-fuzzing");
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void appliesWhatTheContractAcceptsDeadLettersWhatItRefusesAndSkipsTheRest() {
        List<FuzzedRecord> fuzzed = new EventFuzzer(Topics.COMMITMENTS, Set.of(EventType.COMMITMENT_REGISTERED),
                EventFuzzer.seed()).records(EventFuzzer.perTopic());
        EventEnvelope sentinel = new EventEnvelope(java.util.UUID.randomUUID().toString(), org.roadmap.events.EventType.COMMITMENT_REGISTERED.source(),
                EventType.COMMITMENT_REGISTERED.type(), "sentinel", java.time.Instant.now(),
                EventSchemas.sampleText(EventType.COMMITMENT_REGISTERED));
        EventFuzzer.sendFollowedBy(fuzzed, sentinel.toProducerRecord(Topics.COMMITMENTS));

        await().atMost(Duration.ofSeconds(60)).until(() -> SampleApplication.APPLIED_EVENT_IDS.contains(sentinel.id()));
        EventFuzzReport report = EventFuzzReport.of(fuzzed, Topics.COMMITMENTS, "sample-service", Duration.ofSeconds(60))
                .printed("sample-service event fuzzing");
        assertThat(report.findings()).isEmpty();
        assertThat(fuzzed).filteredOn(r -> r.expected() == Outcome.PROCESSED)
                .allSatisfy(r -> assertThat(SampleApplication.APPLIED_EVENT_IDS).as(r.toString()).contains(r.eventId()));
        assertThat(fuzzed).filteredOn(r -> r.expected() != Outcome.PROCESSED && r.eventId() != null)
                .allSatisfy(r -> assertThat(SampleApplication.APPLIED_EVENT_IDS).as(r.toString()).doesNotContain(r.eventId()));
    }
}
