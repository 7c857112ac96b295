package org.roadmap.commitments.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roadmap.commitments.commitment.CommitmentMother.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A "discussed at" entry of a bilateral meeting belongs to both sides, wherever the meeting was held. */
class MeetingEntryTests {

    private static final String TITLE = "Japan-Peru Political Dialogue Mechanism";
    private static final String SUMMARY = "Discussed at Japan-Peru Political Dialogue Mechanism, Lima, 15 September 2025";

    private final Instant now = Instant.parse("2025-09-16T01:00:00Z");
    private final Commitment commitment = CommitmentMother.registered();

    @Test
    void belongsToEverySideOfTheCommitmentAndToNoCountry() {
        Commitment next = commitment.reportProgress(heldInLima().toReport("r-1", now), now);

        ProgressReport entry = next.progressReport("r-1").orElseThrow();
        assertThat(entry.country()).isNull();
        assertThat(entry.sides()).containsExactly("JP", "PE");
        assertThat(entry.venueCountry()).isEqualTo("PE");
        assertThat(next.assessments()).isEmpty();
        assertThat(next.latestChanges().get(0).after()).doesNotContainKey("country")
                .containsEntry("sides", List.of("JP", "PE"));
    }

    @Test
    void aMeetingWhoseOutcomesRunLongerThanAReportMayIsSummedUpInAsManyCharactersAsAPersonMayWrite() {
        // meetings-service takes up to 100 outcomes of 2,000 characters: the summary can reach 200,000; here a
        // character of two UTF-16 units straddles the limit
        String head = SUMMARY + ": ";
        String outcomes = "x".repeat(ReportDraft.LONGEST_SUMMARY - 2 - head.length()) + "🍣"
                + "; agreed on the follow-up of the working group".repeat(4_000);

        ProgressReport entry = ReportDraft.fromMeeting("PE", TITLE, head + outcomes, "pdm-2025",
                "Aiko Tanaka (jp-editor)").toReport("r-1", now);

        assertThat(entry.summary()).hasSizeLessThanOrEqualTo(ReportDraft.LONGEST_SUMMARY).startsWith(SUMMARY + ": ")
                .endsWith("…");
        assertThat(Character.isHighSurrogate(entry.summary().charAt(entry.summary().length() - 2)))
                .as("no character cut in half").isFalse();
        assertThat(heldInLima().toReport("r-2", now).summary()).isEqualTo(SUMMARY);
    }

    @Test
    void aSidesReportBelongsToThatSideAlone() {
        ProgressReport peru = report("PE", ImplementationLevel.LIMITED, Health.ON_TRACK).toReport("r-2", now);

        assertThat(peru.country()).isEqualTo("PE");
        assertThat(peru.sides()).containsExactly("PE");
        assertThat(peru.venueCountry()).isNull();
    }

    @Test
    void readsAnEntryStoredWithTheVenuesCountryAsAnEntryOfBothSides() {
        ProgressReport stored = new ProgressReport("r-1", "PE", TITLE, "meetings-service", now, SUMMARY, List.of(),
                null, null, "pdm-2025", "digest", null, null);

        Commitment read = withReports(commitment, List.of(stored));

        ProgressReport entry = read.progressReport("r-1").orElseThrow();
        assertThat(entry.country()).isNull();
        assertThat(entry.sides()).containsExactly("JP", "PE");
        assertThat(entry.venueCountry()).isEqualTo("PE");
    }

    @Test
    void keepsTheFingerprintOfEntriesMadeBeforeTheyHadSides() throws Exception {
        // what was digested when the venue's country was the entry's: a meeting delivered again must match it
        String before = String.join("\u0000", "PE", TITLE, SUMMARY, "", "", "", "pdm-2025");
        String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(before.getBytes(StandardCharsets.UTF_8)));

        assertThat(heldInLima().digest()).isEqualTo(digest);
    }

    private static ReportDraft heldInLima() {
        return ReportDraft.fromMeeting("PE", TITLE, SUMMARY, "pdm-2025", "Aiko Tanaka (jp-editor)");
    }

    /** The commitment as the store gives it back with these reports. */
    private static Commitment withReports(Commitment c, List<ProgressReport> reports) {
        return new Commitment(c.id(), c.roadMapId(), c.reference(), c.pillar(), c.number(), c.title(), c.text(),
                c.responsibleEntities(), c.cadence(), c.venue(), c.meetingSeries(), c.deadline(), c.restricted(),
                c.weight(), c.level(), c.health(), c.disagreement(), c.assessments(), c.milestones(), reports,
                reports.size(), c.history(), c.version(), c.registeredAt(), c.registeredBy(), c.updatedAt(), c.registrationKey(),
                c.annotation(), c.suggestions());
    }
}
