package org.roadmap.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.roadmap.events.Topics;
import org.roadmap.platform.test.TopicReader;
import org.yaml.snakeyaml.Yaml;

/**
 * What a dead letter really carries, read off records that the platform's consumer set-up (the
 * Spring Cloud Stream Kafka binder with the settings every service shares) parked. The guide and
 * the AsyncAPI document list these headers, so a binder upgrade that renames one fails here.
 */
class DeadLetterHeadersTests {

    @Test
    void deadLetterIsTheRecordUnchangedOnTheSamePartitionWithItsEventHeaders() throws Exception {
        ConsumerRecord<String, byte[]> original = original(IntegratorFixture.INVALID);

        ConsumerRecord<String, byte[]> parked = IntegratorFixture.deadLetter(IntegratorFixture.INVALID);

        assertThat(parked.value()).isEqualTo(original.value());
        assertThat(parked.partition()).isEqualTo(original.partition());
        for (Header header : original.headers()) {
            assertThat(TopicReader.header(parked, header.key())).as(header.key())
                    .isEqualTo(new String(header.value(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void deadLetterSaysWhereTheRecordCameFromAndWhy() throws Exception {
        ConsumerRecord<String, byte[]> original = original(IntegratorFixture.INVALID);

        DeadLetters.Origin origin = DeadLetters.origin(IntegratorFixture.deadLetter(IntegratorFixture.INVALID));

        assertThat(origin.topic()).isEqualTo(Topics.COMMITMENTS);
        assertThat(origin.partition()).isEqualTo(original.partition());
        assertThat(origin.offset()).isEqualTo(original.offset());
        assertThat(origin.timestamp()).isEqualTo(original.timestamp());
        assertThat(origin.reason()).contains("does not match its schema").contains("/reference");
    }

    @Test
    void addedHeadersAreExactlyTheOnesTheAsyncApiDocumentLists() throws Exception {
        for (String key : List.of(IntegratorFixture.INVALID, IntegratorFixture.NOT_A_CLOUD_EVENT)) {
            ConsumerRecord<String, byte[]> parked = IntegratorFixture.deadLetter(key);
            Set<String> originalHeaders = Arrays.stream(original(key).headers().toArray()).map(Header::key)
                    .collect(Collectors.toSet());

            Set<String> added = Arrays.stream(parked.headers().toArray()).map(Header::key)
                    .filter(name -> !originalHeaders.contains(name)).collect(Collectors.toCollection(TreeSet::new));

            assertThat(added).as("headers the binder added to the dead letter of " + key)
                    .isEqualTo(new TreeSet<>(documentedDeadLetterHeaders()));
        }
    }

    @Test
    void recordThatIsNoCloudEventIsParkedWithWhyInItsStackTrace() throws Exception {
        ConsumerRecord<String, byte[]> parked = IntegratorFixture.deadLetter(IntegratorFixture.NOT_A_CLOUD_EVENT);

        assertThat(TopicReader.header(parked, "x-exception-stacktrace")).contains("MalformedEventException");
    }

    private static ConsumerRecord<String, byte[]> original(String key) throws Exception {
        IntegratorFixture.eventLog();
        try (TopicReader reader = new TopicReader(Topics.COMMITMENTS)) {
            return reader.readUntil(r -> key.equals(r.key()), java.time.Duration.ofSeconds(30)).stream()
                    .filter(r -> key.equals(r.key())).findFirst().orElseThrow();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> documentedDeadLetterHeaders() throws Exception {
        try (InputStream in = Topics.class.getResourceAsStream("/org/roadmap/events/asyncapi.yaml")) {
            Map<String, Object> document = new Yaml().load(in);
            Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) document.get("components")).get("schemas");
            return (List<String>) ((Map<String, Object>) schemas.get("deadLetterHeaders")).get("required");
        }
    }
}
