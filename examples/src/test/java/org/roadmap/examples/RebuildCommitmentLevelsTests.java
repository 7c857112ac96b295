package org.roadmap.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.roadmap.examples.RebuildCommitmentLevels.CommitmentLevel;

/** Current state comes back from the retained log alone: no snapshot topic, no database. */
class RebuildCommitmentLevelsTests {

    @Test
    void replayFromTheBeginningRebuildsTheLatestLevelOfEveryCommitment() throws Exception {
        String bootstrap = IntegratorFixture.eventLog();

        RebuildCommitmentLevels state = RebuildCommitmentLevels.replay(bootstrap);

        assertThat(state.levels())
                .containsEntry(IntegratorFixture.OLD, new CommitmentLevel("I.9", "no-evidence"))
                .containsEntry(IntegratorFixture.A, new CommitmentLevel("I.1", "substantial"))
                .containsEntry(IntegratorFixture.B, new CommitmentLevel("II.2", "no-evidence"))
                .containsEntry(IntegratorFixture.C, new CommitmentLevel("III.3", "complete"));
        assertThat(state.unreadableRecords()).isPositive();
    }
}
