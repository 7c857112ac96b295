package org.roadmap.commitments.commitment;

import jakarta.annotation.Nullable;
import java.time.LocalDate;

/** A step towards a commitment, planned for a date and reached on another (absent until reached). */
public record Milestone(String id, String title, LocalDate plannedDate, @Nullable LocalDate actualDate) {
}
