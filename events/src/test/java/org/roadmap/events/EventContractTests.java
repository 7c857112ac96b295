package org.roadmap.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EventContractTests {

    @ParameterizedTest
    @EnumSource(EventType.class)
    void goldenSampleValidatesAgainstItsSchema(EventType type) {
        assertThat(EventSchemas.violations(type, EventSchemas.sampleText(type))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void recordReadsAndWritesTheGoldenSampleWithoutLoss(EventType type) {
        String sample = EventSchemas.sampleText(type);

        Object data = EventJson.read(sample, type.dataType());

        assertThat(EventJson.tree(EventJson.write(data))).isEqualTo(EventJson.tree(sample));
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void schemaRejectsDataWithoutItsRequiredFields(EventType type) {
        assertThat(EventSchemas.violations(type, "{}")).isNotEmpty();
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void eachTypeIsVersionedReverseDnsOnItsOwnersTopic(EventType type) {
        assertThat(type.type()).matches("org\\.roadmap\\.[a-z]+\\.[a-z-]+\\.v[0-9]+");
        assertThat(type.topic()).matches("roadmap\\.[a-z]+\\.v[0-9]+");
        assertThat(type.type()).contains("." + type.topic().split("\\.")[1].replaceAll("s$", "") + ".");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"", "1700000000", "2025-09-16", "2025-02-30T10:00:00Z",
            "+999999999-12-31T23:59:59Z"})
    void schemaRejectsAnInstantThatIsNoRfc3339DateTime(String start) {
        String sample = EventSchemas.sampleText(EventType.MEETING_HELD)
                .replace("\"2025-09-16T01:00:00Z\"", EventJson.write(start));

        assertThat(EventSchemas.violations(EventType.MEETING_HELD, sample)).anySatisfy(v -> assertThat(v).contains("start"));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"", "2025-11-17T10:00:00Z", "20251117", "2025-02-30"})
    void schemaRejectsADateThatIsNoFullDate(String deadline) {
        String sample = EventSchemas.sampleText(EventType.COMMITMENT_REGISTERED)
                .replace("\"2025-11-17\"", EventJson.write(deadline));

        assertThat(EventSchemas.violations(EventType.COMMITMENT_REGISTERED, sample))
                .anySatisfy(v -> assertThat(v).contains("deadline"));
    }

    @org.junit.jupiter.api.Test
    void schemaRejectsAnUnknownImplementationLevel() {
        String sample = EventSchemas.sampleText(EventType.PROGRESS_REPORTED).replace("\"substantial\"", "\"almost\"");

        assertThat(EventSchemas.violations(EventType.PROGRESS_REPORTED, sample))
                .anySatisfy(v -> assertThat(v).contains("level"));
    }
}
