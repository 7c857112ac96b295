/** REST resources of meeting series and meetings under {@code /api/v1/meeting-series} and {@code /api/v1/meetings}. */
package org.roadmap.meetings.series.web;
