/**
 * Cadence compliance: whether each period the road map sets (one meeting a year, one per two
 * years) has a meeting, and the watch that reports periods at risk once each.
 */
package org.roadmap.meetings.cadence;
