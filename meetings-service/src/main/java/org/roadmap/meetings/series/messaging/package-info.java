/**
 * Maps meeting series' changes to the integration events of {@code roadmap.meetings.v1}, and reads
 * {@code roadmap.commitments.v1}: commitments for agendas, series offered by confirmed imports.
 */
package org.roadmap.meetings.series.messaging;
