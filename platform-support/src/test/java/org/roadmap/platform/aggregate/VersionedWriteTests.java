package org.roadmap.platform.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

/** The write's rules, on a counter whose store can be made to lose races; the services test it on MongoDB. */
class VersionedWriteTests {

    enum Kind implements ChangeKind {
        ADDED;

        @Override
        public String code() {
            return "added";
        }
    }

    record Counter(String id, long version, int value, HistoryTail history) implements Versioned<Counter> {

        Counter add(int amount) {
            return new Counter(id, version + 1, value + amount, history.append(List.of(Change.of(Kind.ADDED,
                    Instant.EPOCH, "test", version + 1, null, Map.of("amount", amount)))));
        }

        @Override
        public Counter withHistory(HistoryTail tail) {
            return new Counter(id, version, value, tail);
        }
    }

    private final AtomicReference<Counter> stored = new AtomicReference<>(
            new Counter("c", 1, 0, HistoryTail.of(List.of())));
    /** The requests log: what each stored write's changes were asked with. */
    private final Map<String, Request> requests = new ConcurrentHashMap<>();
    private final AtomicInteger racesToLose = new AtomicInteger();
    private final AtomicInteger loads = new AtomicInteger();
    private final VersionedWrite<Counter> writes = new VersionedWrite<>("counter",
            id -> {
                loads.incrementAndGet();
                return Optional.ofNullable(stored.get()).filter(c -> c.id().equals(id));
            }, this::replace,
            id -> new IllegalArgumentException("no " + id),
            (id, key) -> Optional.ofNullable(requests.get(id + ":" + key)));

    private boolean replace(Counter current, Counter next) {
        if (racesToLose.getAndDecrement() > 0) {
            stored.set(stored.get().add(100));
            return false;
        }
        if (!stored.compareAndSet(current, next)) {
            return false;
        }
        AggregateLogs.appendedBy("counters", next).stream().filter(a -> a.log().equals("counters_requests"))
                .forEach(a -> requests.put(a.id(), ((AggregateLogs.RequestRecord) a.record()).request()));
        return true;
    }

    @Test
    void aWriteFromTheCallersReadReadsAgainOnlyWhenItLosesARace() {
        Counter read = stored.get();

        assertThat(writes.apply(read, 1L, null, c -> c.add(5)).aggregate().value()).isEqualTo(5);
        assertThat(loads).hasValue(0);

        racesToLose.set(1);
        assertThat(writes.apply(stored.get(), null, null, c -> c.add(1)).aggregate().value()).isEqualTo(106);
        assertThat(loads).hasValue(1);

        assertThatThrownBy(() -> writes.apply(read, 1L, null, c -> c.add(7)))
                .isInstanceOf(StaleVersionException.class);
        assertThat(writes.apply(read, null, null, c -> c.add(7)).aggregate().value())
                .as("a stale read without If-Match is recomputed on the latest state").isEqualTo(113);
    }

    @Test
    void aRetryWithTheSameKeyAnswersWhatTheFirstDidAndChangesNothing() {
        Request request = Request.of("k-1", "add", 5);

        VersionedWrite.Written<Counter> first = writes.apply("c", null, request, c -> c.add(5));
        VersionedWrite.Written<Counter> retry = writes.apply("c", null, request, c -> c.add(5));

        assertThat(first.replayed()).isFalse();
        assertThat(retry.replayed()).isTrue();
        assertThat(stored.get().value()).isEqualTo(5);
        assertThat(stored.get().latestChanges()).extracting(Change::request).containsExactly(request);
        assertThatThrownBy(() -> writes.apply("c", null, Request.of("k-1", "add", 6), c -> c.add(6)))
                .isInstanceOf(IdempotencyKeyReusedException.class);
    }

    @Test
    void aRetryAfterLaterWritesIsFoundInTheRequestsLog() {
        Request request = Request.of("k-2", "add", 5);
        writes.apply("c", null, request, c -> c.add(5));
        writes.apply("c", null, null, c -> c.add(1));

        VersionedWrite.Written<Counter> retry = writes.apply("c", null, request, c -> c.add(5));

        assertThat(retry.replayed()).isTrue();
        assertThat(stored.get().value()).isEqualTo(6);
        assertThat(stored.get().history().length()).isEqualTo(2);
        assertThat(AggregateLogs.appendedBy("counters", stored.get())).extracting(Appended::id)
                .containsExactly("c:2");
    }

    @Test
    void aStaleExpectedVersionFailsAndALostRaceIsRecomputedOnTheLatestState() {
        assertThatThrownBy(() -> writes.apply("c", 7L, null, c -> c.add(1))).isInstanceOf(StaleVersionException.class);

        racesToLose.set(2);
        Counter added = writes.apply("c", null, null, c -> c.add(1)).aggregate();

        assertThat(added.value()).isEqualTo(201);
        assertThat(added.version()).isEqualTo(4);
    }

    @Test
    void givesUpAfterLosingFiveRacesAndFailsAnExpectedVersionAtTheFirst() {
        racesToLose.set(5);
        assertThatThrownBy(() -> writes.apply("c", null, null, c -> c.add(1)))
                .isInstanceOf(ConcurrentChangeException.class);

        racesToLose.set(1);
        long current = stored.get().version();
        assertThatThrownBy(() -> writes.apply("c", current, null, c -> c.add(1)))
                .isInstanceOf(StaleVersionException.class);
    }

    @Test
    void aChangeThatChangesNothingIsNoWrite() {
        Counter before = stored.get();

        assertThat(writes.apply("c", 1L, null, c -> c).aggregate()).isSameAs(before);
    }
}
