package org.roadmap.commitments.commitment.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.roadmap.commitments.commitment.Annotation;
import org.roadmap.commitments.commitment.Cadence;
import org.roadmap.commitments.commitment.NewCommitment;
import org.roadmap.events.ListLimits;
import org.roadmap.events.TextLimits;

/**
 * A commitment to register by hand (road map documents are imported instead).
 *
 * @param pillar the pillar's roman numeral, e.g. {@code II}
 * @param number the item number within its pillar, e.g. {@code 7} for II.7
 */
record RegisterCommitmentRequest(
        @NotBlank @Size(max = 100) @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "must be lower-case letters, digits and dashes")
        String roadMapId,
        @NotBlank @Pattern(regexp = "[IVXL]{1,6}", message = "must be a roman numeral such as II") String pillar,
        @NotNull @Min(1) @Max(999) Integer number,
        @NotBlank @Size(max = TextLimits.COMMITMENT_TITLE) String title,
        @NotBlank @Size(max = 20_000) String text,
        @NotNull @Size(min = 1, max = ListLimits.RESPONSIBLE_ENTITIES)
        List<@Valid @NotNull ResponsibleEntityRequest> responsibleEntities,
        @Pattern(regexp = "one-off|annual|biennial|periodic|ongoing",
                message = "must be one of one-off, annual, biennial, periodic, ongoing") String cadence,
        @Pattern(regexp = "fixed|alternating", message = "must be fixed or alternating") String venue,
        @Size(max = 100) @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "must be lower-case letters, digits and dashes")
        String meetingSeries,
        LocalDate deadline,
        Boolean restricted,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") Double weight) {

    NewCommitment toNewCommitment() {
        return new NewCommitment(roadMapId, pillar, number, title, text,
                responsibleEntities.stream().map(ResponsibleEntityRequest::toEntity).toList(),
                cadence == null ? Cadence.ONGOING : Cadence.ofCode(cadence), venue, meetingSeries, deadline,
                Boolean.TRUE.equals(restricted), weight == null ? 1.0 : weight, Annotation.MANUAL);
    }
}
