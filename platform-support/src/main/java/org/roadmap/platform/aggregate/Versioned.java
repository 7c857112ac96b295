package org.roadmap.platform.aggregate;

import java.util.List;

/**
 * An aggregate changed by {@link VersionedWrite}: immutable, each change returning the next state
 * with its version one higher and the changes it made appended to its history.
 *
 * @param <A> the aggregate itself
 */
public interface Versioned<A extends Versioned<A>> {

    String id();

    long version();

    List<Change> history();

    /** The same state with {@code history} instead, to record the request on the changes it made. */
    A withHistory(List<Change> history);

    /** The changes made by the write that produced {@link #version()}. */
    default List<Change> latestChanges() {
        return history().stream().filter(c -> c.version() == version()).toList();
    }

    /** The change {@code key} made, if it made one. */
    default java.util.Optional<Change> changeMadeBy(String key) {
        return history().stream().filter(c -> c.request() != null && c.request().key().equals(key)).findFirst();
    }
}
