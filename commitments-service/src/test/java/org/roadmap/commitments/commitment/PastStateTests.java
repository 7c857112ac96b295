package org.roadmap.commitments.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roadmap.commitments.commitment.CommitmentMother.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class PastStateTests {

    private static final Instant JUNE_2025 = Instant.parse("2025-06-01T15:00:00Z");
    private static final Instant END_OF_2025 = Instant.parse("2026-01-01T05:00:00Z");
    private static final Instant MARCH_2026 = Instant.parse("2026-03-02T15:00:00Z");

    private final Commitment registered = CommitmentMother.registered();

    @Test
    void readsLevelHealthAndDisagreementBackAsTheyStoodAtTheEndOfAYear() {
        Commitment now = registered
                .reportProgress(at(report("JP", ImplementationLevel.SUBSTANTIAL, Health.ON_TRACK), JUNE_2025), JUNE_2025)
                .reportProgress(at(report("PE", ImplementationLevel.LIMITED, Health.AT_RISK), JUNE_2025), JUNE_2025)
                .reportProgress(at(report("PE", ImplementationLevel.SUBSTANTIAL, Health.ON_TRACK), MARCH_2026),
                        MARCH_2026);

        Commitment then = now.asOf(END_OF_2025);

        assertThat(now.level()).isEqualTo(ImplementationLevel.SUBSTANTIAL);
        assertThat(now.disagreement()).isFalse();
        assertThat(then.level()).isEqualTo(ImplementationLevel.LIMITED);
        assertThat(then.health()).isEqualTo(Health.AT_RISK);
        assertThat(then.disagreement()).isTrue();
        assertThat(then.assessments()).extracting(Assessment::country).containsExactly("JP", "PE");
        assertThat(then.progressReports()).hasSize(2);
        assertThat(then.history()).allMatch(change -> change.at().isBefore(END_OF_2025));
    }

    @Test
    void startsFromNoEvidenceBeforeTheFirstReport() {
        Commitment now = registered
                .reportProgress(at(report("JP", ImplementationLevel.LIMITED, Health.AT_RISK), MARCH_2026), MARCH_2026);

        Commitment then = now.asOf(END_OF_2025);

        assertThat(then.level()).isEqualTo(ImplementationLevel.NO_EVIDENCE);
        assertThat(then.health()).isEqualTo(Health.ON_TRACK);
        assertThat(then.assessments()).isEmpty();
    }

    @Test
    void keepsTheDeadlineAsItWasBeforeALaterMove() {
        Commitment moved = registered.update(CommitmentUpdate.deadline(Optional.of(LocalDate.of(2026, 6, 30))),
                MARCH_2026, "wg-admin");

        Commitment then = moved.asOf(END_OF_2025);

        assertThat(moved.isOverdue(LocalDate.of(2026, 3, 2))).isFalse();
        assertThat(then.deadline()).isEqualTo(LocalDate.of(2025, 11, 17));
        assertThat(then.isOverdue(LocalDate.of(2025, 12, 31))).isTrue();
    }

    @Test
    void knowsThereWasNoDeadlineBeforeOneWasSet() {
        Commitment withoutDeadline = registered.update(CommitmentUpdate.deadline(Optional.empty()), JUNE_2025, "wg");
        Commitment withDeadline = withoutDeadline.update(
                CommitmentUpdate.deadline(Optional.of(LocalDate.of(2026, 1, 31))), MARCH_2026, "wg");

        assertThat(withDeadline.asOf(END_OF_2025).deadline()).isNull();
    }

    @Test
    void isTheCommitmentItselfWhenNothingChangedSince() {
        assertThat(registered.asOf(END_OF_2025)).isSameAs(registered);
    }

    private static ProgressReport at(ReportDraft draft, Instant reportedAt) {
        return draft.toReport(UUID.randomUUID().toString(), reportedAt);
    }
}
