package org.roadmap.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.roadmap.events.Topics;

class ReplayFromTimeTests {

    private static String bootstrap;

    @BeforeAll
    static void eventLog() throws Exception {
        bootstrap = IntegratorFixture.eventLog();
    }

    @Test
    void startsEachPartitionAtTheFirstRecordWrittenAtOrAfterTheTime() {
        List<String> keys = keys(ReplayFromTime.replay(bootstrap, Topics.COMMITMENTS_PUBLIC, Instant.parse("2025-01-01T00:00:00Z")));

        assertThat(keys).contains(IntegratorFixture.A, IntegratorFixture.B, IntegratorFixture.C)
                .doesNotContain(IntegratorFixture.OLD);
    }

    @Test
    void anEarlierTimeReachesFurtherBack() {
        List<String> keys = keys(ReplayFromTime.replay(bootstrap, Topics.COMMITMENTS_PUBLIC, Instant.parse("2024-12-01T00:00:00Z")));

        assertThat(keys).contains(IntegratorFixture.OLD, IntegratorFixture.A);
    }

    @Test
    void aTimeAfterTheLastRecordReadsNothing() {
        assertThat(ReplayFromTime.replay(bootstrap, Topics.COMMITMENTS_PUBLIC, Instant.now().plus(1, ChronoUnit.DAYS))).isEmpty();
    }

    private static List<String> keys(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(ConsumerRecord::key).toList();
    }
}
