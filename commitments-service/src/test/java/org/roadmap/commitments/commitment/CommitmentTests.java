package org.roadmap.commitments.commitment;

import org.roadmap.platform.aggregate.Change;
import org.roadmap.platform.aggregate.TransitionRefusedException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.roadmap.commitments.commitment.CommitmentMother.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class CommitmentTests {

    /** A change that confirms nothing offers no meeting series. */
    private static final java.util.function.Function<Commitment, CommitmentChanges.OfferedSeries> NO_SERIES = c -> null;

    private final Instant now = Instant.parse("2025-06-01T00:00:00Z");
    private final Commitment commitment = CommitmentMother.registered();

    @Test
    void startsWithoutEvidenceOnTrackAtVersionOne() {
        assertThat(commitment.level()).isEqualTo(ImplementationLevel.NO_EVIDENCE);
        assertThat(commitment.health()).isEqualTo(Health.ON_TRACK);
        assertThat(commitment.version()).isEqualTo(1);
        assertThat(commitment.latestChanges()).extracting(Change::kind).containsExactly("registered");
    }

    @Test
    void takesTheLowerLevelAndWorseHealthWhenTheSidesDisagree() {
        Commitment next = commitment
                .reportProgress(draft("JP", ImplementationLevel.SUBSTANTIAL, Health.ON_TRACK), now)
                .reportProgress(draft("PE", ImplementationLevel.LIMITED, Health.AT_RISK), now);

        assertThat(next.level()).isEqualTo(ImplementationLevel.LIMITED);
        assertThat(next.health()).isEqualTo(Health.AT_RISK);
        assertThat(next.disagreement()).isTrue();
        assertThat(next.assessments()).extracting(Assessment::country).containsExactly("JP", "PE");
        assertThat(next.latestChanges()).extracting(Change::kind)
                .containsExactly("progress-reported", "level-changed", "health-changed");
    }

    @Test
    void agreesAgainWhenTheSecondSideCatchesUp() {
        Commitment next = commitment
                .reportProgress(draft("JP", ImplementationLevel.SUBSTANTIAL, Health.ON_TRACK), now)
                .reportProgress(draft("PE", ImplementationLevel.LIMITED, Health.ON_TRACK), now)
                .reportProgress(draft("PE", ImplementationLevel.SUBSTANTIAL, Health.ON_TRACK), now);

        assertThat(next.level()).isEqualTo(ImplementationLevel.SUBSTANTIAL);
        assertThat(next.disagreement()).isFalse();
        assertThat(next.reportCount()).isEqualTo(3);
        assertThat(next.currentReports()).hasSize(2);
        assertThat(next.version()).isEqualTo(4);
    }

    @Test
    void refusesCompleteWithoutEvidence() {
        assertThatThrownBy(() -> commitment.reportProgress(draft("JP", ImplementationLevel.COMPLETE, Health.ON_TRACK), now))
                .isInstanceOf(TransitionRefusedException.class)
                .satisfies(e -> assertThat(((TransitionRefusedException) e).field()).isEqualTo("evidence"));
    }

    @Test
    void acceptsCompleteWithEvidence() {
        Commitment next = commitment.reportProgress(report("JP", ImplementationLevel.COMPLETE, Health.ON_TRACK,
                "https://www.mofa.go.jp/report.pdf").toReport("r-1", now), now);

        assertThat(next.level()).isEqualTo(ImplementationLevel.COMPLETE);
        assertThat(next.isOverdue(LocalDate.of(2026, 1, 1))).isFalse();
    }

    @Test
    void refusesAReportFromASideWithoutResponsibleEntity() {
        assertThatThrownBy(() -> commitment.reportProgress(draft("BR", ImplementationLevel.LIMITED, Health.ON_TRACK), now))
                .isInstanceOf(TransitionRefusedException.class).hasMessageContaining("BR");
    }

    @Test
    void isOverdueOnlyAfterItsDeadlineDay() {
        assertThat(commitment.isOverdue(LocalDate.of(2025, 11, 17))).isFalse();
        assertThat(commitment.isOverdue(LocalDate.of(2025, 11, 18))).isTrue();
    }

    @Test
    void recordsWhatAnUpdateChangedBeforeAndAfter() {
        Commitment next = commitment.update(new CommitmentUpdate("A new title", null, null, null,
                Optional.of(LocalDate.of(2025, 12, 15)), null, null, null, null), now, "wg-admin", NO_SERIES);

        assertThat(next.version()).isEqualTo(2);
        assertThat(next.latestChanges()).hasSize(2);
        Change updated = next.latestChanges().get(0);
        assertThat(updated.kind()).isEqualTo("updated");
        assertThat(updated.before()).containsEntry("title", "Review of past cooperation");
        assertThat(updated.after()).containsEntry("title", "A new title");
        Change deadline = next.latestChanges().get(1);
        assertThat(deadline.before()).containsEntry("deadline", "2025-11-17");
        assertThat(deadline.after()).containsEntry("deadline", "2025-12-15");
    }

    @Test
    void changesNothingWhenAnUpdateRepeatsTheCurrentValues() {
        Commitment same = commitment.update(new CommitmentUpdate(commitment.title(), commitment.responsibleEntities(),
                false, 1.0, Optional.of(commitment.deadline()), commitment.cadence(), null, null, null), now, "wg-admin", NO_SERIES);

        assertThat(same).isSameAs(commitment);
    }

    @Test
    void removesTheDeadlineWhenAskedTo() {
        Commitment next = commitment.update(CommitmentUpdate.deadline(Optional.empty()), now, "wg", NO_SERIES);

        assertThat(next.deadline()).isNull();
        assertThat(next.latestChanges().get(0).after()).containsEntry("deadline", null);
    }

    @Test
    void hasAtMostAHundredMilestones() {
        Commitment full = commitment;
        for (int n = 1; n <= 100; n++) {
            full = full.addMilestone(new Milestone("m-" + n, "Step " + n, LocalDate.of(2026, 1, 1).plusDays(n), null),
                    now, "mofa");
        }
        Commitment hundred = full;

        assertThat(hundred.milestones()).hasSize(100);
        assertThatThrownBy(() -> hundred.addMilestone(new Milestone("m-101", "One more", LocalDate.of(2027, 1, 1),
                null), now, "mofa"))
                .isInstanceOf(TransitionRefusedException.class).hasMessageContaining("at most 100 milestones")
                .extracting(e -> ((TransitionRefusedException) e).field()).isEqualTo("milestones");
        assertThat(hundred.changeMilestone("m-1", new MilestoneUpdate("Step one, renamed", null, null), now, "mofa")
                .milestones()).hasSize(100);
    }

    @Test
    void movesAndReachesMilestones() {
        Commitment planned = commitment.addMilestone(new Milestone("m-1", "Draft shared", LocalDate.of(2025, 9, 30), null),
                now, "jp-editor");
        Commitment reached = planned.changeMilestone("m-1", new MilestoneUpdate(null, null,
                Optional.of(LocalDate.of(2025, 10, 2))), now, "pe-editor");

        assertThat(reached.milestone("m-1").orElseThrow().actualDate()).isEqualTo(LocalDate.of(2025, 10, 2));
        assertThat(reached.latestChanges()).extracting(Change::kind).containsExactly("milestone-changed");
        assertThatThrownBy(() -> reached.changeMilestone("m-9", new MilestoneUpdate("x", null, null), now, "x"))
                .isInstanceOf(UnknownMilestoneException.class);
    }

    private ProgressReport draft(String country, ImplementationLevel level, Health health) {
        return report(country, level, health).toReport(java.util.UUID.randomUUID().toString(), now);
    }
}
