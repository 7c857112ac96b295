package org.roadmap.platform.outbox;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param collections  the MongoDB collections whose documents carry outboxes; the relay scans these
 * @param source       the CloudEvents {@code source} of this service's events
 * @param relayEnabled off only in tests that show what happens when the relay is down
 * @param pollInterval how often the relay sweeps for pending events no local write announced (after a
 *                     crash, or written on another replica); local writes wake it and are relayed at once
 * @param batchSize    documents whose events the relay sends at once, waits for together and then removes
 *                     with one bulk write; a backlog goes batch after batch in one round. Larger batches mean
 *                     fewer queries but more events in flight and in memory (on the embedded server 500
 *                     drained a backlog faster than 250 or 1,000)
 * @param sendTimeout  how long to wait for the broker's acknowledgements of a batch's events
 * @param lease        the relay's lease, kept alive while a round runs: how long a replica that died
 *                     mid-round keeps the others from relaying
 * @param linger       how long the relay keeps its lease after a round for the next: under a stream of writes
 *                     (each wakes it) it takes the lease once, not twice a write; another replica's relay waits up
 *                     to this long for it (the holder's rounds relay that replica's events meanwhile)
 * @param pace         the least time between the starts of two rounds that writes woke: the writes of that time go
 *                     in one round (one look-up, one send, one removal) rather than a round each; an event waits at
 *                     most this long, and a write after a quiet spell not at all
 */
@ConfigurationProperties("roadmap.outbox")
public record OutboxProperties(
        List<String> collections,
        String source,
        @DefaultValue("true") boolean relayEnabled,
        @DefaultValue("2s") Duration pollInterval,
        @DefaultValue("500") int batchSize,
        @DefaultValue("10s") Duration sendTimeout,
        @DefaultValue("10s") Duration lease,
        @DefaultValue("500ms") Duration linger,
        @DefaultValue("25ms") Duration pace) {

    public OutboxProperties {
        collections = collections == null ? List.of() : List.copyOf(collections);
    }
}
