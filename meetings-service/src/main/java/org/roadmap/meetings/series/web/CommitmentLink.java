package org.roadmap.meetings.series.web;

import jakarta.annotation.Nullable;

/**
 * A link from a series or an agenda to a commitment, by road map reference. {@code known} is false
 * while no commitment with that reference has been registered: the link is flagged, not dropped.
 */
record CommitmentLink(String reference, @Nullable String commitmentId, @Nullable String title, boolean known) {
}
