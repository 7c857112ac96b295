package org.roadmap.platform.aggregate;

/** An Idempotency-Key sent again with a different request than the first time; answered 422. */
public class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException(String key) {
        super("Idempotency-Key '" + key + "' was already used for a different request; use a new key for a new request.");
    }
}
