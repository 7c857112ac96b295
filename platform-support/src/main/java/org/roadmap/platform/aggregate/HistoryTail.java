package org.roadmap.platform.aggregate;

import java.util.ArrayList;
import java.util.List;

/**
 * What an aggregate's own document keeps of its history: how many changes it has, and the changes of
 * its latest write (its domain events, and where a retry finds its Idempotency-Key). The whole history
 * is appended, a document per change, to a collection of its own ({@link AggregateLogs#history}), so a
 * write costs the same on the 10,000th change as on the first.
 *
 * @param length the number of changes ever made, the latest included
 * @param latest the changes of the latest write, all of one version
 */
public record HistoryTail(long length, List<Change> latest) {

    public HistoryTail {
        latest = latest == null ? List.of() : List.copyOf(latest);
    }

    /** The history of a new aggregate: the changes that created it. */
    public static HistoryTail of(List<Change> first) {
        return new HistoryTail(first.size(), first);
    }

    /**
     * With {@code changes} appended: changes of the version the latest ones have join them (one write
     * made in steps), changes of a later version start the next write's.
     */
    public HistoryTail append(List<Change> changes) {
        if (changes.isEmpty()) {
            return this;
        }
        long version = changes.get(0).version();
        List<Change> next = new ArrayList<>(latest.stream().filter(c -> c.version() == version).toList());
        next.addAll(changes);
        return new HistoryTail(length + changes.size(), next);
    }

    /** The same history with its latest changes replaced one for one (to record the request that made them). */
    public HistoryTail withLatest(List<Change> replaced) {
        if (replaced.size() != latest.size()) {
            throw new IllegalArgumentException("latest changes are replaced one for one");
        }
        return new HistoryTail(length, replaced);
    }

    /** The number in the whole history (1 for the first change ever) of {@code latest().get(index)}. */
    public long numberOf(int index) {
        return length - latest.size() + 1 + index;
    }
}
