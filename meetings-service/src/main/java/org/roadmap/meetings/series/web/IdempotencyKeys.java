package org.roadmap.meetings.series.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.roadmap.platform.web.InvalidInputException;

/** The {@code Idempotency-Key} request header: optional, but when sent, sane; and a digest of the request it came with. */
final class IdempotencyKeys {

    static final String HEADER = "Idempotency-Key";

    private IdempotencyKeys() {
    }

    static String checked(String key) {
        if (key == null) {
            return null;
        }
        if (key.isBlank() || key.length() > 255 || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new InvalidInputException(HEADER, "must be 1 to 255 visible ASCII characters, e.g. a UUID");
        }
        return key;
    }

    /** Tells a retry of the same request from a different request sent with the same key. */
    static String digest(String action, Object request) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((action + ":" + request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
