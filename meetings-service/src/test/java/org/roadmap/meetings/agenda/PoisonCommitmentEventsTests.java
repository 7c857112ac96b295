package org.roadmap.meetings.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.roadmap.events.EventType;
import org.roadmap.events.Topics;
import org.roadmap.meetings.support.ServiceTest;
import org.roadmap.platform.test.PoisonRecords;
import org.roadmap.platform.test.TopicReader;

/** Records on the commitments topic that cannot be processed are dead-lettered, and the consumer goes on. */
class PoisonCommitmentEventsTests extends ServiceTest {

    @Test
    void everyKindOfPoisonIsDeadLetteredAndTheConsumerGoesPastIt() {
        List<String> poison = PoisonRecords.sendTo(Topics.COMMITMENTS, EventType.COMMITMENT_REGISTERED);

        try (TopicReader deadLetters = new TopicReader(Topics.COMMITMENTS + ".meetings-service.dlt")) {
            var read = deadLetters.readUntilKeys(poison, Duration.ofSeconds(60));
            assertThat(read.stream().map(r -> r.key())).containsAll(poison);
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() -> PoisonRecords.consumedToTheEnd("meetings-service", Topics.COMMITMENTS));
    }
}
