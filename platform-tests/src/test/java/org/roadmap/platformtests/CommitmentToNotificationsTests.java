package org.roadmap.platformtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.roadmap.events.Topics;
import org.roadmap.platform.test.EmbeddedInfrastructure;
import org.roadmap.platform.test.TopicReader;

/** The slice on the embedded default's infrastructure: a real KRaft broker and the MongoDB-wire server. */
class CommitmentToNotificationsTests extends CommitmentToNotificationsScenario {

    @Override
    String[] infrastructure(String database) {
        return EmbeddedInfrastructure.arguments(database);
    }

    @Test
    void registeredCommitmentReachesNotificationsServiceOverTheEmbeddedBroker() throws Exception {
        registeredCommitmentReachesNotificationsService();
    }

    @Override
    void assertTraceFollowed(String commitmentId, String traceId) {
        try (TopicReader topic = new TopicReader(Topics.COMMITMENTS)) {
            ConsumerRecord<String, byte[]> event = topic.readUntil(r -> commitmentId.equals(r.key()), Duration.ofSeconds(10))
                    .stream().filter(r -> commitmentId.equals(r.key())).findFirst().orElseThrow();
            assertThat(TopicReader.header(event, "traceparent")).startsWith("00-" + traceId + "-");
        }
    }
}
