package org.roadmap.platform.aggregate;

import java.util.List;
import java.util.Optional;

/**
 * An aggregate changed by {@link VersionedWrite}: immutable, each change returning the next state
 * with its version one higher and the changes it made appended to its history, whose document keeps
 * only the latest write's ({@link HistoryTail}).
 *
 * @param <A> the aggregate itself
 */
public interface Versioned<A extends Versioned<A>> {

    String id();

    long version();

    HistoryTail history();

    /** The same state with {@code history} instead, to record the request on the changes it made. */
    A withHistory(HistoryTail history);

    /** The changes made by the write that produced {@link #version()}. */
    default List<Change> latestChanges() {
        return history().latest().stream().filter(c -> c.version() == version()).toList();
    }

    /**
     * Records the write that produced {@link #version()} appends to logs of the aggregate's own, besides its
     * history and requests (e.g. a progress report); none by default.
     */
    default List<Appended> appended() {
        return List.of();
    }

    /** The request {@code key} among those that made the latest write, if it made it. */
    default Optional<Request> latestRequest(String key) {
        return latestChanges().stream().map(Change::request)
                .filter(r -> r != null && r.key().equals(key)).findFirst();
    }
}
