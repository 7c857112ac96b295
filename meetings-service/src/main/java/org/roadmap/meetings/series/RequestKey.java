package org.roadmap.meetings.series;

/** An Idempotency-Key a change was made with, and a digest of that request. */
public record RequestKey(String key, String digest) {
}
