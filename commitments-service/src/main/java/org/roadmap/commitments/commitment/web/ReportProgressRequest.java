package org.roadmap.commitments.commitment.web;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.URL;
import org.roadmap.commitments.commitment.Health;
import org.roadmap.commitments.commitment.ImplementationLevel;
import org.roadmap.commitments.commitment.ReportDraft;

/** One side's progress report on a commitment. */
record ReportProgressRequest(
        @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as JP or PE") String country,
        @NotBlank @Size(max = ReportDraft.LONGEST_ORGANISATION) String organisation,
        @NotBlank @Size(max = ReportDraft.LONGEST_SUMMARY) String summary,
        @Size(max = 20) List<@NotBlank @URL(regexp = "https?:.*", message = "must be an http(s) URL") @Size(max = 2_000) String> evidence,
        @NotNull @Pattern(regexp = "no-evidence|not-started|limited|substantial|complete",
                message = "must be one of no-evidence, not-started, limited, substantial, complete") String level,
        @NotNull @Pattern(regexp = "on-track|at-risk|off-track", message = "must be one of on-track, at-risk, off-track")
        String health) {

    ReportDraft toDraft(String actor) {
        return new ReportDraft(country, organisation.strip(), actor, summary.strip(), evidence,
                ImplementationLevel.ofCode(level), Health.ofCode(health), null);
    }
}
