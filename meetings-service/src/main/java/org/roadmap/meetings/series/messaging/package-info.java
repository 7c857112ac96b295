/** Maps meeting series' changes to the integration events of {@code roadmap.meetings.v1}. */
package org.roadmap.meetings.series.messaging;
