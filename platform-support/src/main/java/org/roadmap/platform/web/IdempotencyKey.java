package org.roadmap.platform.web;

import java.util.regex.Pattern;

/**
 * The {@code Idempotency-Key} request header of creating requests: optional, but when sent, sane.
 * A client that retries a POST after a timeout sends the same key and gets the first result.
 */
public final class IdempotencyKey {

    public static final String HEADER = "Idempotency-Key";

    /** The longest key taken. */
    public static final int MAX_LENGTH = 255;

    /** What a key is made of: visible ASCII characters. */
    public static final String FORM = "^[\\x21-\\x7E]+$";

    private static final Pattern VALID = Pattern.compile(FORM);

    private IdempotencyKey() {
    }

    /** The key, or {@code null} when none was sent. */
    public static String checked(String key) {
        if (key == null) {
            return null;
        }
        if (key.length() > MAX_LENGTH || !VALID.matcher(key).matches()) {
            throw new InvalidInputException(HEADER, "must be 1 to 255 visible ASCII characters, e.g. a UUID");
        }
        return key;
    }
}
