package org.roadmap.meetings.calendar.web;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The latest renderings of the calendar feeds, by feed and ETag, least recently used first out, within a
 * budget of characters rather than a count: the feed of every series of a large road map is tens of
 * megabytes, and a count of such renderings would outgrow the service's heap.
 */
final class RenderedFeeds {

    private final long budget;
    private final Map<String, String> byKey = new LinkedHashMap<>(16, 0.75f, true);
    private long held;

    /** @param budget how many characters all kept renderings may hold together */
    RenderedFeeds(long budget) {
        this.budget = budget;
    }

    /** The rendering kept under {@code key}, or the one {@code render} makes now, kept if it fits the budget. */
    String get(String key, Supplier<String> render) {
        synchronized (this) {
            String kept = byKey.get(key);
            if (kept != null) {
                return kept;
            }
        }
        // rendered outside the lock: a large feed takes a while, other feeds need not wait for it
        String feed = render.get();
        synchronized (this) {
            if (feed.length() <= budget && byKey.putIfAbsent(key, feed) == null) {
                held += feed.length();
                Iterator<String> eldest = byKey.values().iterator();
                while (held > budget) {
                    held -= eldest.next().length();
                    eldest.remove();
                }
            }
        }
        return feed;
    }

    synchronized long heldCharacters() {
        return held;
    }
}
