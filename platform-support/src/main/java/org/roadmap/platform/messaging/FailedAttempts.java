package org.roadmap.platform.messaging;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHandler;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.MessagingException;

/**
 * What the application's error channel does with a binding's failure, in place of Spring Integration's logger, which
 * wrote each at ERROR with its stack trace. A record that fails within a batch is tried again and then dead-lettered
 * ({@link BatchDeadLetters}, which logs it then, once, at ERROR): each failed attempt is a line at WARN naming the
 * record and why, control characters escaped, so a record cannot forge lines of the log. Any other failure is logged
 * at ERROR with its stack trace, as before.
 */
final class FailedAttempts implements MessageHandler {

    private static final Logger log = LoggerFactory.getLogger(FailedAttempts.class);

    @Override
    public void handleMessage(Message<?> message) {
        Throwable failure = message.getPayload() instanceof Throwable thrown ? thrown : null;
        BatchListenerFailedException atRecord = BatchDeadLetters.batchFailure(failure);
        if (atRecord == null) {
            log.error("A binding failed: {}", failure == null ? message : failure.getMessage(), failure);
            return;
        }
        log.warn("Consuming {} failed (tried again while attempts remain): {}", record(failure, atRecord.getIndex()),
                RecordText.printable(BatchDeadLetters.message(BatchDeadLetters.cause(failure))));
    }

    /** The failed record's topic, partition and offset, from the batch's headers (a list of each), where given. */
    private static String record(Throwable failure, int index) {
        if (!(failure instanceof MessagingException messaging) || messaging.getFailedMessage() == null) {
            return "the record at " + index + " of a batch";
        }
        MessageHeaders headers = messaging.getFailedMessage().getHeaders();
        return at(headers.get(KafkaHeaders.RECEIVED_TOPIC), index) + "-"
                + at(headers.get(KafkaHeaders.RECEIVED_PARTITION), index) + "@"
                + at(headers.get(KafkaHeaders.OFFSET), index);
    }

    private static Object at(Object header, int index) {
        return header instanceof List<?> values ? (index < values.size() ? values.get(index) : "?") : header;
    }
}
