package org.roadmap.commitments.commitment.messaging;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.roadmap.commitments.commitment.ListedCommitments;
import org.roadmap.platform.messaging.BatchRecords;
import org.roadmap.platform.messaging.InboundEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;

/**
 * The {@code listedRefresh-in-0} binding: the service's own events, read by each replica in a group of
 * its own from the latest offset, so that its listed commitments show what the other replicas wrote. An
 * event's key is its commitment's id; the event itself is not read: the commitment is read again, unless the
 * event's id ({@code ce_id}) is one of this replica's own writes; those of a batch in one look-up, each once.
 */
@Configuration
class ListedCommitmentsRefresh {

    @Bean
    Consumer<Message<List<byte[]>>> listedRefresh(ListedCommitments listed) {
        return batch -> {
            List<ListedCommitments.Heard> heard = new ArrayList<>();
            for (Message<byte[]> message : BatchRecords.split(batch)) {
                String commitmentId = text(message.getHeaders().get(KafkaHeaders.RECEIVED_KEY));
                if (commitmentId != null && !commitmentId.isBlank()) {
                    heard.add(new ListedCommitments.Heard(commitmentId, InboundEvents.attribute(message, "id")));
                }
            }
            listed.heard(heard);
        };
    }

    private static String text(Object header) {
        return header instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
                : header == null ? null : header.toString();
    }
}
