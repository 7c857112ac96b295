package org.roadmap.commitments.commitment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Commitments as the Japan–Peru Road Map has them. */
public final class CommitmentMother {

    public static final Instant SIGNED = Instant.parse("2024-11-17T20:00:00Z");

    private CommitmentMother() {
    }

    /** III.1: a review of past cooperation, reported within one year of signature. */
    public static NewCommitment reviewWithinOneYear(String roadMapId) {
        return new NewCommitment(roadMapId, "III", 1, "Review of past cooperation",
                "Review the outcome of the past bilateral cooperation ... within one year ...",
                List.of(new ResponsibleEntity("Ministry of Foreign Affairs of Japan", "JP", "lead"),
                        new ResponsibleEntity("Ministry of Foreign Affairs of Peru", "PE", "lead")),
                Cadence.ONE_OFF, null, null, LocalDate.of(2025, 11, 17), false, 1.0, Annotation.CURATED);
    }

    public static Commitment registered() {
        return Commitment.register(reviewWithinOneYear("jp-pe-2024-2033"), SIGNED, "wg-admin", null);
    }

    public static ReportDraft report(String country, ImplementationLevel level, Health health, String... evidence) {
        return new ReportDraft(country, country.equals("JP") ? "Ministry of Foreign Affairs of Japan"
                : "Ministry of Foreign Affairs of Peru", country.toLowerCase() + "-editor", "Progress as of today",
                List.of(evidence), level, health, null);
    }

    /** III.1 as a JSON request body. */
    public static String reportWithinOneYear(String roadMapId) {
        return """
                {"roadMapId": "%s", "pillar": "III", "number": 1,
                 "title": "Report on cooperation within one year",
                 "text": "Within one year of the signature of this Road Map, a report will be prepared.",
                 "responsibleEntities": [
                   {"name": "Ministry of Foreign Affairs of Japan", "country": "JP", "role": "lead"},
                   {"name": "Ministry of Foreign Affairs of Peru", "country": "PE", "role": "lead"}],
                 "deadline": "2025-11-17"}
                """.formatted(roadMapId);
    }
}
