package org.roadmap.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.roadmap.events.EventEnvelope;
import org.roadmap.events.commitment.ImplementationLevelChanged;
import org.roadmap.examples.FollowCommitments.Event;

class FollowCommitmentsTests {

    private static String bootstrap;

    private final List<Event> handled = new CopyOnWriteArrayList<>();
    private final List<String> rejected = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void eventLog() throws Exception {
        bootstrap = IntegratorFixture.eventLog();
    }

    @Test
    void newGroupReadsTheLogFromTheBeginningAndHandlesEachEventOnce() {
        try (FollowCommitments follow = follow("integrator-my-system-" + UUID.randomUUID())) {
            pollUntil(follow, this::caughtUp);
        }

        List<String> ids = handled.stream().map(Event::id).toList();
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(ids).containsAll(IntegratorFixture.EVENTS.subList(0, 9).stream().map(EventEnvelope::id).toList());
        assertThat(handled).filteredOn(e -> e.key().equals(IntegratorFixture.C)).extracting(Event::type)
                .containsExactly("org.roadmap.commitment.registered.v1", "org.roadmap.commitment.progress-reported.v1",
                        "org.roadmap.commitment.level-changed.v1", "org.roadmap.commitment.level-changed.v1");
    }

    @Test
    void skipsTypesNewerThanItsContractAndRejectsWhatItCannotRead() {
        try (FollowCommitments follow = follow("integrator-my-system-" + UUID.randomUUID())) {
            pollUntil(follow, this::caughtUp);
        }

        assertThat(handled).extracting(Event::type).doesNotContain(IntegratorFixture.NEWER_TYPE);
        assertThat(handled).extracting(Event::key).doesNotContain(IntegratorFixture.INVALID);
        assertThat(rejected).anySatisfy(r -> assertThat(r).contains("breaks its schema").contains("/reference"));
        assertThat(rejected).anySatisfy(r -> assertThat(r).startsWith("not a CloudEvent"));
    }

    @Test
    void sameGroupResumesWhereItCommitted() throws Exception {
        String group = "integrator-my-system-" + UUID.randomUUID();
        try (FollowCommitments follow = follow(group)) {
            pollUntil(follow, this::caughtUp);
        }
        handled.clear();
        String commitment = "c-later-" + UUID.randomUUID();
        EventEnvelope later = EventEnvelope.of(IntegratorFixture.SOURCE, commitment,
                new ImplementationLevelChanged(commitment, "jp-pe-2024-2033", "IV.4", "no-evidence", "not-started",
                        false, null, "test"), Instant.now());
        try (var producer = EventLog.producer()) {
            EventLog.publish(producer, later, Instant.now());
        }

        try (FollowCommitments follow = follow(group)) {
            pollUntil(follow, () -> !handled.isEmpty());
        }

        assertThat(handled).extracting(Event::id).containsExactly(later.id());
    }

    private FollowCommitments follow(String group) {
        return new FollowCommitments(bootstrap, group, handled::add, rejected::add);
    }

    /** Polls until {@code done}, then a little longer to catch anything that should not come. */
    private static void pollUntil(FollowCommitments follow, java.util.function.BooleanSupplier done) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!done.getAsBoolean() && System.nanoTime() < deadline) {
            follow.pollOnce(Duration.ofMillis(200));
        }
        follow.pollOnce(Duration.ofSeconds(1));
    }

    private boolean caughtUp() {
        return rejected.stream().anyMatch(r -> r.startsWith("not a CloudEvent"));
    }
}
