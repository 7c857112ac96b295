package org.roadmap.commitments.commitment.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.roadmap.commitments.commitment.CommitmentUpdate;

/**
 * A JSON merge patch of a commitment: absent fields stay as they are; {@code "deadline": null}
 * removes the deadline.
 */
record UpdateCommitmentRequest(
        @Size(min = 1, max = 300) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String title,
        @Size(min = 1, max = 50) List<@Valid @NotNull ResponsibleEntityRequest> responsibleEntities,
        Boolean restricted,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") Double weight,
        LocalDate deadline) {

    CommitmentUpdate toUpdate(boolean deadlinePresent) {
        return new CommitmentUpdate(title == null ? null : title.strip(),
                responsibleEntities == null ? null
                        : responsibleEntities.stream().map(ResponsibleEntityRequest::toEntity).toList(),
                restricted, weight, deadlinePresent ? Optional.ofNullable(deadline) : null);
    }
}
