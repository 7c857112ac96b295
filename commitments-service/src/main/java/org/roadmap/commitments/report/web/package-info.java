/** The annual report as JSON and as a printable HTML document, under {@code /api/v1/road-maps/{id}/reports}. */
package org.roadmap.commitments.report.web;
