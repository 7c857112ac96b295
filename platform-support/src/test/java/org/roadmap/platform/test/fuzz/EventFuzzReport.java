package org.roadmap.platform.test.fuzz;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.core.ConditionTimeoutException;
import org.roadmap.events.Topics;
import org.roadmap.platform.test.PoisonRecords;
import org.roadmap.platform.test.TopicReader;
import org.roadmap.platform.test.fuzz.FuzzedRecord.Outcome;

/**
 * What a consumer group did with fuzzed records, as an operator sees it on its dead-letter topic.
 *
 * @param records      how many were sent
 * @param expected     how many the contract says must be dead-lettered, processed and skipped
 * @param deadLettered how many of them are on the dead-letter topic
 * @param findings     every broken promise: a record meant to be dead-lettered that is not there, or
 *                     is there changed or without its {@code x-original-*}/{@code x-exception-*}
 *                     headers; an accepted one that is there; a group that did not reach the end
 */
public record EventFuzzReport(int records, Map<Outcome, Integer> expected, int deadLettered, List<String> findings) {

    /**
     * Waits (at most {@code timeout} for each step) until the group has read {@code topic} to its
     * end and every record meant for the dead-letter topic is there, then compares.
     */
    public static EventFuzzReport of(List<FuzzedRecord> sent, String topic, String group, Duration timeout) {
        List<String> findings = new ArrayList<>();
        if (!awaitConsumedToTheEnd(group, topic, timeout)) {
            findings.add("group " + group + " did not read " + topic + " to its end within " + timeout);
        }
        List<FuzzedRecord> meant = sent.stream().filter(r -> r.expected() == Outcome.DEAD_LETTERED).toList();
        List<ConsumerRecord<String, byte[]>> parked;
        try (TopicReader deadLetters = new TopicReader(Topics.deadLetter(topic, group))) {
            Instant deadline = Instant.now().plus(timeout);
            parked = deadLetters.readFor(Duration.ofMillis(200));
            while (Instant.now().isBefore(deadline) && !allThere(meant, parked)) {
                parked = deadLetters.readFor(Duration.ofMillis(200));
            }
            parked = deadLetters.readToEnd(timeout);
        }
        int deadLettered = 0;
        for (FuzzedRecord record : sent) {
            List<ConsumerRecord<String, byte[]>> copies = parked.stream().filter(record::isOriginalOf).toList();
            deadLettered += copies.isEmpty() ? 0 : 1;
            findings.addAll(broken(record, copies, topic));
        }
        Map<Outcome, Integer> expected = new EnumMap<>(Outcome.class);
        sent.forEach(record -> expected.merge(record.expected(), 1, Integer::sum));
        return new EventFuzzReport(sent.size(), expected, deadLettered, findings);
    }

    private static List<String> broken(FuzzedRecord record, List<ConsumerRecord<String, byte[]>> copies, String topic) {
        if (record.expected() != Outcome.DEAD_LETTERED) {
            return copies.stream().map(copy -> "dead-lettered, though it must be " + record + ": "
                    + shorten(TopicReader.header(copy, "x-exception-message"))).toList();
        }
        if (copies.isEmpty()) {
            return List.of("not on the dead-letter topic: " + record);
        }
        List<String> broken = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> copy : copies) {
            if (!record.isUnchangedIn(copy)) {
                broken.add("changed on the dead-letter topic: " + record);
            }
            if (!topic.equals(TopicReader.header(copy, "x-original-topic"))
                    || copy.headers().lastHeader("x-original-partition") == null
                    || copy.headers().lastHeader("x-original-offset") == null
                    || copy.headers().lastHeader("x-exception-fqcn") == null) {
                broken.add("dead letter without its x-original-*/x-exception-* headers: " + record);
            }
        }
        return broken;
    }

    private static boolean allThere(List<FuzzedRecord> meant, List<ConsumerRecord<String, byte[]>> parked) {
        return meant.stream().allMatch(record -> parked.stream().anyMatch(record::isOriginalOf));
    }

    private static boolean awaitConsumedToTheEnd(String group, String topic, Duration timeout) {
        try {
            await().atMost(timeout).pollInterval(Duration.ofMillis(200))
                    .until(() -> PoisonRecords.consumedToTheEnd(group, topic));
            return true;
        } catch (ConditionTimeoutException stuck) {
            return false;
        }
    }

    private static String shorten(String text) {
        return text == null || text.length() <= 300 ? String.valueOf(text) : text.substring(0, 300) + "…";
    }

    /** Prints the summary and the first findings under {@code heading}, for the test's log; returns this report. */
    public EventFuzzReport printed(String heading) {
        System.out.println(heading + ": " + summary());
        findings.stream().limit(40).forEach(System.out::println);
        return this;
    }

    public String summary() {
        return records + " records (meant to be " + expected + "), " + deadLettered + " on the dead-letter topic, "
                + findings.size() + " findings";
    }
}
