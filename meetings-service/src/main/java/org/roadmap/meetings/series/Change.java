package org.roadmap.meetings.series;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One entry of a series' history: who changed what, when, from what to what. The changes made by
 * one write are its domain events; the messaging adapter turns them into integration events.
 *
 * @param kind e.g. {@code created}, {@code changed}, {@code occurrence-scheduled}, {@code occurrence-held},
 *             {@code cadence-period-at-risk}, {@code occurrence-announced}, {@code occurrence-withdrawn}
 */
public record Change(Instant at, String by, String kind, long version, Map<String, Object> before,
        Map<String, Object> after) {

    /** A change to one meeting: where and when it is now, and (for a move) where and when it was. */
    static Change ofOccurrence(String kind, Occurrence occurrence, Occurrence previous, long version, Instant at,
            String by) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("occurrenceId", occurrence.id());
        after.put("start", occurrence.start().toString());
        after.put("status", occurrence.status().code());
        if (occurrence.venue() != null) {
            after.put("venue", occurrence.venue().city());
        }
        if (occurrence.cancelReason() != null) {
            after.put("reason", occurrence.cancelReason());
        }
        Map<String, Object> before = null;
        if (previous != null) {
            before = new LinkedHashMap<>();
            before.put("start", previous.start().toString());
            if (previous.venue() != null) {
                before.put("venue", previous.venue().city());
            }
        }
        return new Change(at, by, kind, version, before, after);
    }
}
