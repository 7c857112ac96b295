package org.roadmap.platform.messaging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Work that a handler of consumed events puts off to the end of the batch it is part of, so that it is done once for
 * all the batch's events rather than once for each: planning the alerts of every commitment a batch changed, say,
 * with one read and one write of each collection instead of one per event. {@link InboundEvents} opens a batch on the
 * consuming thread before the first handler runs and ends it before it records the events as processed, so work put
 * off is done before an event counts as applied. When it fails, the batch is applied again a record at a time, each
 * event's work done with it, so that the record the work failed for is the one retried and dead-lettered. Outside a
 * batch (a REST request, a test) the work is done at once.
 */
public final class BatchWork {

    private static final ThreadLocal<Map<Object, Pending<?>>> OPEN = new ThreadLocal<>();

    private BatchWork() {
    }

    /**
     * Hands {@code item} to {@code work} at the end of the batch consumed on this thread, with the other items put off
     * under the same {@code owner} (an item under a key already given replaces the earlier one, in its place); at
     * once, alone, when no batch is open.
     */
    @SuppressWarnings("unchecked")
    public static <T> void putOff(Object owner, String key, T item, Consumer<List<T>> work) {
        Map<Object, Pending<?>> open = OPEN.get();
        if (open == null) {
            work.accept(List.of(item));
            return;
        }
        ((Pending<T>) open.computeIfAbsent(owner, o -> new Pending<>(work))).items.put(key, item);
    }

    /** Opens a batch on this thread; {@link #end} must follow, in a {@code finally}. */
    static void open() {
        OPEN.set(new LinkedHashMap<>());
    }

    /** Does the work put off since {@link #open}, owner by owner in the order they first put some off. */
    static void finish() {
        Map<Object, Pending<?>> open = OPEN.get();
        // work done at the end may put off more: done in turn, before the batch counts as applied
        while (open != null && !open.isEmpty()) {
            Object owner = open.keySet().iterator().next();
            open.remove(owner).run();
        }
    }

    /** Closes the batch; work still put off is dropped (the batch failed before its end). */
    static void end() {
        OPEN.remove();
    }

    private record Pending<T>(Consumer<List<T>> work, Map<String, T> items) {

        Pending(Consumer<List<T>> work) {
            this(work, new LinkedHashMap<>());
        }

        void run() {
            work.accept(new ArrayList<>(items.values()));
        }
    }
}
