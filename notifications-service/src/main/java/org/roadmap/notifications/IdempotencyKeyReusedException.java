package org.roadmap.notifications;

/** The same {@code Idempotency-Key} sent again with a different request (422). */
public class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException(String key) {
        super("Idempotency-Key '" + key + "' was already used for a different request.");
    }
}
