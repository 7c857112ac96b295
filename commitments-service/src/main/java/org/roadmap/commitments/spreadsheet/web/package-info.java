/** The progress sheet of a road map under {@code /api/v1/road-maps/{roadMapId}/progress.csv}. */
package org.roadmap.commitments.spreadsheet.web;
