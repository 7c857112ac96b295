package org.roadmap.meetings.series;

import java.time.Instant;
import java.util.Map;

/**
 * One entry of a series' history: who changed what, when, from what to what. The changes made by
 * one write are its domain events; the messaging adapter turns them into integration events.
 *
 * @param kind e.g. {@code created}, {@code changed}, {@code occurrence-scheduled}, {@code occurrence-held},
 *             {@code cadence-period-at-risk}
 */
public record Change(Instant at, String by, String kind, long version, Map<String, Object> before,
        Map<String, Object> after) {
}
