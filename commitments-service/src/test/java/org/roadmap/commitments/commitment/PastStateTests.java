package org.roadmap.commitments.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roadmap.commitments.commitment.CommitmentMother.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.roadmap.platform.aggregate.Change;

class PastStateTests {

    /** A change that confirms nothing offers no meeting series. */
    private static final java.util.function.Function<Commitment, CommitmentChanges.OfferedSeries> NO_SERIES = c -> null;

    private static final Instant JUNE_2025 = Instant.parse("2025-06-01T15:00:00Z");
    private static final Instant END_OF_2025 = Instant.parse("2026-01-01T05:00:00Z");
    private static final Instant MARCH_2026 = Instant.parse("2026-03-02T15:00:00Z");

    private final Commitment registered = CommitmentMother.registered();
    /** The logs the store would keep, filled by {@link #logged}. */
    private final List<Change> history = new ArrayList<>(registered.latestChanges());
    private final List<ProgressReport> reports = new ArrayList<>();

    @Test
    void readsLevelHealthAndDisagreementBackAsTheyStoodAtTheEndOfAYear() {
        Commitment now = logged(registered
                .reportProgress(at(report("JP", ImplementationLevel.SUBSTANTIAL, Health.ON_TRACK), JUNE_2025), JUNE_2025));
        now = logged(now.reportProgress(at(report("PE", ImplementationLevel.LIMITED, Health.AT_RISK), JUNE_2025),
                JUNE_2025));
        now = logged(now.reportProgress(at(report("PE", ImplementationLevel.SUBSTANTIAL, Health.ON_TRACK), MARCH_2026),
                MARCH_2026));

        Commitment then = now.asOf(END_OF_2025, past());

        assertThat(now.level()).isEqualTo(ImplementationLevel.SUBSTANTIAL);
        assertThat(now.disagreement()).isFalse();
        assertThat(then.level()).isEqualTo(ImplementationLevel.LIMITED);
        assertThat(then.health()).isEqualTo(Health.AT_RISK);
        assertThat(then.disagreement()).isTrue();
        assertThat(then.assessments()).extracting(Assessment::country).containsExactly("JP", "PE");
        assertThat(then.reportCount()).isEqualTo(2);
        assertThat(then.currentReports()).extracting(ProgressReport::country).containsExactly("JP", "PE");
        assertThat(then.history().length()).isEqualTo(history.stream().filter(c -> c.at().isBefore(END_OF_2025))
                .count());
        assertThat(then.history().latest()).allMatch(change -> change.at().isBefore(END_OF_2025));
    }

    @Test
    void startsFromNoEvidenceBeforeTheFirstReport() {
        Commitment now = logged(registered
                .reportProgress(at(report("JP", ImplementationLevel.LIMITED, Health.AT_RISK), MARCH_2026), MARCH_2026));

        Commitment then = now.asOf(END_OF_2025, past());

        assertThat(then.level()).isEqualTo(ImplementationLevel.NO_EVIDENCE);
        assertThat(then.health()).isEqualTo(Health.ON_TRACK);
        assertThat(then.assessments()).isEmpty();
    }

    @Test
    void keepsTheDeadlineAsItWasBeforeALaterMove() {
        Commitment moved = logged(registered.update(CommitmentUpdate.deadline(Optional.of(LocalDate.of(2026, 6, 30))),
                MARCH_2026, "wg-admin", NO_SERIES));

        Commitment then = moved.asOf(END_OF_2025, past());

        assertThat(moved.isOverdue(LocalDate.of(2026, 3, 2))).isFalse();
        assertThat(then.deadline()).isEqualTo(LocalDate.of(2025, 11, 17));
        assertThat(then.isOverdue(LocalDate.of(2025, 12, 31))).isTrue();
    }

    @Test
    void knowsThereWasNoDeadlineBeforeOneWasSet() {
        Commitment withoutDeadline = logged(registered.update(CommitmentUpdate.deadline(Optional.empty()), JUNE_2025,
                "wg", NO_SERIES));
        Commitment withDeadline = logged(withoutDeadline.update(
                CommitmentUpdate.deadline(Optional.of(LocalDate.of(2026, 1, 31))), MARCH_2026, "wg", NO_SERIES));

        assertThat(withDeadline.asOf(END_OF_2025, past()).deadline()).isNull();
    }

    @Test
    void isTheCommitmentItselfWhenNothingChangedSince() {
        assertThat(registered.asOf(END_OF_2025, past())).isSameAs(registered);
    }

    /** {@code next}, with what its write appended to the logs. */
    private Commitment logged(Commitment next) {
        history.addAll(next.latestChanges());
        next.latestReport().ifPresent(reports::add);
        return next;
    }

    private CommitmentLogs.Past past() {
        return new CommitmentLogs.Past(history, reports);
    }

    private static ProgressReport at(ReportDraft draft, Instant reportedAt) {
        return draft.toReport(UUID.randomUUID().toString(), reportedAt);
    }
}
