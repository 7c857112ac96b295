package org.roadmap.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.roadmap.events.commitment.CommitmentRegistered;

class EventEnvelopeTests {

    private final CommitmentRegistered registered = EventJson.read(
            EventSchemas.sampleText(EventType.COMMITMENT_REGISTERED), CommitmentRegistered.class);

    @Test
    void travelsAsBinaryModeCloudEventKeyedByAggregate() {
        EventEnvelope event = EventEnvelope.of("/roadmap/commitments-service", registered.commitmentId(), registered,
                Instant.parse("2024-11-17T20:00:00Z"));

        ProducerRecord<String, byte[]> record = event.toProducerRecord(Topics.COMMITMENTS);

        assertThat(record.key()).isEqualTo(registered.commitmentId());
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(record, "ce_id")).isEqualTo(event.id());
        assertThat(header(record, "ce_type")).isEqualTo("org.roadmap.commitment.registered.v1");
        assertThat(header(record, "ce_source")).isEqualTo("/roadmap/commitments-service");
        assertThat(header(record, "ce_subject")).isEqualTo(registered.commitmentId());
        assertThat(header(record, "ce_time")).isEqualTo("2024-11-17T20:00:00Z");
        assertThat(header(record, "content-type")).isEqualTo("application/json");
        assertThat(EventSchemas.violations(EventType.COMMITMENT_REGISTERED,
                new String(record.value(), StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void readsBackWhatItWrote() {
        EventEnvelope event = EventEnvelope.of("/roadmap/commitments-service", registered.commitmentId(), registered,
                Instant.parse("2024-11-17T20:00:00Z"));
        ProducerRecord<String, byte[]> record = event.toProducerRecord(Topics.COMMITMENTS);

        EventEnvelope read = EventEnvelope.fromKafka(record.headers(), record.value());

        assertThat(read).isEqualTo(event);
        assertThat(read.dataAs(CommitmentRegistered.class)).isEqualTo(registered);
    }

    @Test
    void refusesARecordWithoutCloudEventHeaders() {
        assertThatThrownBy(() -> EventEnvelope.fromKafka(new RecordHeaders(), "{}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MalformedEventException.class);
    }

    @Test
    void refusesACloudEventWhoseDataIsNotJson() {
        ProducerRecord<String, byte[]> record = EventEnvelope.of("/roadmap/commitments-service", "c-1", registered,
                Instant.now()).toProducerRecord(Topics.COMMITMENTS);

        assertThatThrownBy(() -> EventEnvelope.fromKafka(record.headers(), "not json {".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("not JSON");
    }

    @Test
    void refusesDataThatIsNotUtf8RatherThanReadingItWithReplacementCharacters() {
        ProducerRecord<String, byte[]> record = EventEnvelope.of("/roadmap/commitments-service", "c-1", registered,
                Instant.now()).toProducerRecord(Topics.COMMITMENTS);
        byte[] latin1 = new String(record.value(), StandardCharsets.UTF_8).replace("Peru", "Perú")
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> EventEnvelope.fromKafka(record.headers(), latin1))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("not UTF-8");
    }

    private static String header(ProducerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
