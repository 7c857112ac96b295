package org.roadmap.commitments.commitment.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.roadmap.commitments.support.ServiceTest;
import org.roadmap.events.EventType;
import org.roadmap.events.Topics;
import org.roadmap.platform.test.PoisonRecords;
import org.roadmap.platform.test.TopicReader;

/** Records on the meetings topic that cannot be processed are dead-lettered, and the consumer goes on. */
class PoisonMeetingEventsTests extends ServiceTest {

    @Test
    void everyKindOfPoisonIsDeadLetteredAndTheConsumerGoesPastIt() {
        List<String> poison = PoisonRecords.sendTo(Topics.MEETINGS, EventType.MEETING_HELD);

        try (TopicReader deadLetters = new TopicReader(Topics.MEETINGS + ".commitments-service.dlt")) {
            var read = deadLetters.readUntilKeys(poison, Duration.ofSeconds(60));
            assertThat(read.stream().map(r -> r.key())).containsAll(poison);
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() -> PoisonRecords.consumedToTheEnd("commitments-service", Topics.MEETINGS));
    }
}
