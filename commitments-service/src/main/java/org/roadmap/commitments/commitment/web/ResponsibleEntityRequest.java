package org.roadmap.commitments.commitment.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.roadmap.commitments.commitment.ResponsibleEntity;
import org.roadmap.events.TextLimits;

/** A responsible entity as clients send it. */
record ResponsibleEntityRequest(
        @NotBlank @Size(max = TextLimits.ENTITY_NAME) String name,
        @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as JP or PE") String country,
        @NotBlank @Pattern(regexp = "lead|implementing|funding|accountable",
                message = "must be one of lead, implementing, funding, accountable") String role) {

    ResponsibleEntity toEntity() {
        return new ResponsibleEntity(name.strip(), country, role);
    }
}
