package org.roadmap.commitments.commitment;

/** Request bodies for commitments as the Japan–Peru Road Map has them. */
public final class CommitmentMother {

    private CommitmentMother() {
    }

    /** III.1: a report within one year of signature, due 2025-11-17. */
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
