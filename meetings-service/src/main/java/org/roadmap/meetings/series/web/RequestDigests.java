package org.roadmap.meetings.series.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A digest of a request, kept with what it created, to tell a retry from another request reusing its Idempotency-Key. */
final class RequestDigests {

    /** Tells a retry of the same request from a different request sent with the same key. */
    static String of(String action, Object request) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((action + ":" + request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
