package org.roadmap.meetings.series;

/** An Idempotency-Key sent again with a different request than the first time. */
public class IdempotencyKeyReusedException extends RuntimeException {

    IdempotencyKeyReusedException(String key) {
        super("Idempotency-Key '" + key + "' was already used for a different request; use a new key for a new request.");
    }
}
