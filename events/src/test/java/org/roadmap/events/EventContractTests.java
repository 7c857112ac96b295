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

    @org.junit.jupiter.api.Test
    void schemaRejectsAnUnknownImplementationLevel() {
        String sample = EventSchemas.sampleText(EventType.PROGRESS_REPORTED).replace("\"substantial\"", "\"almost\"");

        assertThat(EventSchemas.violations(EventType.PROGRESS_REPORTED, sample))
                .anySatisfy(v -> assertThat(v).contains("level"));
    }
}
