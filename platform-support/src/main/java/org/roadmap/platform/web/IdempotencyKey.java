package org.roadmap.platform.web;

/**
 * The {@code Idempotency-Key} request header of creating requests: optional, but when sent, sane.
 * A client that retries a POST after a timeout sends the same key and gets the first result.
 */
public final class IdempotencyKey {

    public static final String HEADER = "Idempotency-Key";

    private IdempotencyKey() {
    }

    /** The key, or {@code null} when none was sent. */
    public static String checked(String key) {
        if (key == null) {
            return null;
        }
        if (key.isBlank() || key.length() > 255 || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new InvalidInputException(HEADER, "must be 1 to 255 visible ASCII characters, e.g. a UUID");
        }
        return key;
    }
}
