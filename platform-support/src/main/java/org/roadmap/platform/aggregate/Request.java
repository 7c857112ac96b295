package org.roadmap.platform.aggregate;

/**
 * An Idempotency-Key a change was asked with, and a digest of what was asked. It is recorded on the
 * changes it made ({@link Change#request()}) and in the aggregate's requests log, in the same write
 * ({@link AggregateLogs}), so a retry is recognised and another request reusing the key is told apart
 * by its digest.
 */
public record Request(String key, String digest) {

    /** The request with this key whose content is {@code parts} (their text, in order). */
    public static Request of(String key, Object... parts) {
        StringBuilder content = new StringBuilder();
        for (Object part : parts) {
            content.append(part).append('\u0000');
        }
        return new Request(key, Fingerprint.of(content.toString()).substring(0, 32));
    }

    /** The request, or absent when no key was sent. */
    public static Request ofKey(String key, Object... parts) {
        return key == null ? null : of(key, parts);
    }

    /** @throws IdempotencyKeyReusedException when {@code earlier}, with the same key, asked for something else */
    public void requireSameAs(Request earlier) {
        if (!digest.equals(earlier.digest)) {
            throw new IdempotencyKeyReusedException(key);
        }
    }
}
