package org.roadmap.notifications.web;

import org.roadmap.platform.web.InvalidInputException;

/** The {@code Idempotency-Key} request header: optional, but when sent, sane. */
public final class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";

    private IdempotencyKeys() {
    }

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
