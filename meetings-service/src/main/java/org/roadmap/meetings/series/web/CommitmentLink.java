package org.roadmap.meetings.series.web;

/**
 * A link from a series or an agenda to a commitment, by road map reference. {@code known} is false
 * while no commitment with that reference has been registered: the link is flagged, not dropped.
 */
record CommitmentLink(String reference, String commitmentId, String title, boolean known) {
}
