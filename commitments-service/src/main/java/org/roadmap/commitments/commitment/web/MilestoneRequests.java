package org.roadmap.commitments.commitment.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.roadmap.events.TextLimits;
import org.roadmap.platform.web.NotRemovable;

/** Request bodies of milestones. */
final class MilestoneRequests {

    private MilestoneRequests() {
    }

    record AddMilestoneRequest(@NotBlank @Size(max = TextLimits.COMMITMENT_TITLE) String title,
            @NotNull LocalDate plannedDate, LocalDate actualDate) {
    }

    /** A merge patch: absent fields stay; {@code "actualDate": null} clears the date reached. */
    record UpdateMilestoneRequest(@NotRemovable @Size(min = 1, max = TextLimits.COMMITMENT_TITLE)
            @Pattern(regexp = ".*\\S.*", message = "must not be blank") String title,
            @NotRemovable LocalDate plannedDate, LocalDate actualDate) {
    }
}
