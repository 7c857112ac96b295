/**
 * The Road Map working group's annual implementation report (item I.5 of the Japan–Peru Road Map):
 * a calendar year's progress, overdue, at-risk and disputed commitments, and the year's changes.
 */
package org.roadmap.commitments.report;
