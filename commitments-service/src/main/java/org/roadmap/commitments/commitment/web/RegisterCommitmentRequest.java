package org.roadmap.commitments.commitment.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A commitment to register by hand (road map documents are imported instead).
 *
 * @param pillar the pillar's roman numeral, e.g. {@code II}
 * @param number the item number within its pillar, e.g. {@code 7} for II.7
 */
record RegisterCommitmentRequest(
        @NotBlank @Size(max = 100) @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "must be lower-case letters, digits and dashes")
        String roadMapId,
        @NotBlank @Pattern(regexp = "[IVX]{1,6}", message = "must be a roman numeral such as II") String pillar,
        @NotNull @Min(1) @Max(999) Integer number,
        @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = 20_000) String text,
        @NotNull @Size(min = 1, max = 50) List<@Valid @NotNull ResponsibleEntityRequest> responsibleEntities,
        LocalDate deadline,
        Boolean restricted) {

    /** Absent means not restricted. */
    boolean isRestricted() {
        return Boolean.TRUE.equals(restricted);
    }

    record ResponsibleEntityRequest(
            @NotBlank @Size(max = 300) String name,
            @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as JP or PE") String country,
            @NotBlank @Pattern(regexp = "lead|implementing|funding|accountable",
                    message = "must be one of lead, implementing, funding, accountable") String role) {
    }
}
