package org.roadmap.platform.test.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;
import org.roadmap.events.EventType;
import org.roadmap.events.Topics;
import org.roadmap.platform.test.fuzz.FuzzedRecord.Outcome;

class EventFuzzerTests {

    private final EventFuzzer fuzzer = new EventFuzzer(Topics.MEETINGS, Set.of(EventType.MEETING_HELD), 7L);

    @Test
    void sameSeedMakesTheSameRecords() {
        List<FuzzedRecord> first = fuzzer.records(200);
        List<FuzzedRecord> again = new EventFuzzer(Topics.MEETINGS, Set.of(EventType.MEETING_HELD), 7L).records(200);

        assertThat(again).hasSameSizeAs(first);
        for (int i = 0; i < first.size(); i++) {
            assertThat(again.get(i).mutation()).isEqualTo(first.get(i).mutation());
            assertThat(first.get(i).isUnchangedIn(received(again.get(i)))).as(first.get(i).toString()).isTrue();
        }
    }

    @Test
    void eachRecordIsToldApartFromAllOthersByItsKeyOrEventId() {
        List<FuzzedRecord> records = fuzzer.records(300);

        for (FuzzedRecord record : records) {
            assertThat(records).filteredOn(other -> record.isOriginalOf(received(other))).as(record.toString())
                    .containsExactly(record);
        }
    }

    @Test
    void coversEveryOutcomeAndRefusesATypeOfAnotherTopic() {
        assertThat(fuzzer.records(100)).extracting(FuzzedRecord::expected).contains(Outcome.values());
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new EventFuzzer(Topics.MEETINGS, Set.of(EventType.COMMITMENT_REGISTERED), 7L));
    }

    private static ConsumerRecord<String, byte[]> received(FuzzedRecord fuzzed) {
        var record = fuzzed.record();
        return new ConsumerRecord<>(record.topic(), 0, 0L, 0L, TimestampType.CREATE_TIME,
                record.value() == null ? -1 : record.value().length, 0, record.key(), record.value(), record.headers(),
                java.util.Optional.empty());
    }
}
