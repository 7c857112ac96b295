package org.roadmap.commitments.commitment;

import java.time.LocalDate;
import java.util.Optional;

/** A partial change of a milestone; {@code actualDate} empty clears it, {@code null} leaves it. */
public record MilestoneUpdate(String title, LocalDate plannedDate, Optional<LocalDate> actualDate) {
}
