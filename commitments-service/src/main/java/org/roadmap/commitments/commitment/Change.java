package org.roadmap.commitments.commitment;

import java.time.Instant;
import java.util.Map;

/**
 * One entry of a commitment's history: who changed what, when, from what to what.
 *
 * @param kind   e.g. {@code registered}, {@code updated}, {@code deadline-changed}, {@code progress-reported}
 * @param before the changed fields' values before, absent for a registration
 * @param after  the changed fields' values after
 */
public record Change(Instant at, String by, String kind, long version, Map<String, Object> before,
        Map<String, Object> after) {
}
