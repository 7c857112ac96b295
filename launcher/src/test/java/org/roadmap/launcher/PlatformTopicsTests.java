package org.roadmap.launcher;

import org.junit.jupiter.api.Test;
import org.roadmap.events.Topics;

import static org.assertj.core.api.Assertions.assertThat;

class PlatformTopicsTests {

    @Test
    void createsTheTopicsTheEventContractNames() {
        assertThat(PlatformTopics.NAMES).containsExactlyInAnyOrder(Topics.COMMITMENTS, Topics.COMMITMENTS_PUBLIC, Topics.MEETINGS,
                Topics.NOTIFICATIONS);
    }

    @Test
    void keepsTheEventLogForever() {
        assertThat(PlatformTopics.CONFIG).containsEntry("retention.ms", "-1").containsEntry("cleanup.policy", "delete");
    }
}
