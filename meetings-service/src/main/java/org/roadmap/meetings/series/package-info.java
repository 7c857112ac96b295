/**
 * Meeting series and their occurrences: RFC 5545 recurrence, venues alternating between the
 * parties, explicit overrides per occurrence, and the history of every change.
 */
package org.roadmap.meetings.series;
