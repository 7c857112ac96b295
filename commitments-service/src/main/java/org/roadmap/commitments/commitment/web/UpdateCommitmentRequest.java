package org.roadmap.commitments.commitment.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.roadmap.commitments.commitment.Cadence;
import org.roadmap.commitments.commitment.CommitmentUpdate;
import org.roadmap.events.ListLimits;
import org.roadmap.events.TextLimits;
import org.roadmap.platform.web.NotRemovable;

/**
 * A JSON merge patch of a commitment: absent fields stay as they are; {@code null} removes the
 * deadline, the venue rule or the meeting series, and is refused for the fields a commitment always
 * has; {@code "confirmed": true} accepts a suggested structure after review.
 */
record UpdateCommitmentRequest(
        @NotRemovable @Size(min = 1, max = TextLimits.COMMITMENT_TITLE)
        @Pattern(regexp = ".*\\S.*", message = "must not be blank") String title,
        @NotRemovable @Size(min = 1, max = ListLimits.RESPONSIBLE_ENTITIES)
        List<@Valid @NotNull ResponsibleEntityRequest> responsibleEntities,
        @NotRemovable Boolean restricted,
        @NotRemovable @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") Double weight,
        LocalDate deadline,
        @NotRemovable @Pattern(regexp = "one-off|annual|biennial|periodic|ongoing",
                message = "must be one of one-off, annual, biennial, periodic, ongoing") String cadence,
        @Pattern(regexp = "fixed|alternating", message = "must be fixed or alternating") String venue,
        @Size(max = 100) @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "must be lower-case letters, digits and dashes")
        String meetingSeries,
        @NotRemovable Boolean confirmed) {

    /** @param sent whether the patch has a field, {@code null} or not: a removable field's absence keeps it */
    CommitmentUpdate toUpdate(Predicate<String> sent) {
        return new CommitmentUpdate(title == null ? null : title.strip(),
                responsibleEntities == null ? null
                        : responsibleEntities.stream().map(ResponsibleEntityRequest::toEntity).toList(),
                restricted, weight, sent.test("deadline") ? Optional.ofNullable(deadline) : null,
                cadence == null ? null : Cadence.ofCode(cadence),
                sent.test("venue") ? Optional.ofNullable(venue) : null,
                sent.test("meetingSeries") ? Optional.ofNullable(meetingSeries) : null, confirmed);
    }
}
