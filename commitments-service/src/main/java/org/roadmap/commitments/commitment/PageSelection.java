package org.roadmap.commitments.commitment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The first {@code n} of many items in order, without sorting them all: an early page of a long list
 * costs a pass over the matches and a heap of the page's size, not a sort of every match.
 */
final class PageSelection {

    private PageSelection() {
    }

    static <T> List<T> first(int n, List<T> items, Comparator<T> order) {
        if (n <= 0) {
            return List.of();
        }
        if (n >= items.size() / 2) {
            return items.stream().sorted(order).limit(n).toList();
        }
        // the largest of the n kept so far on top, so a smaller item replaces it
        PriorityQueue<T> kept = new PriorityQueue<>(n + 1, order.reversed());
        for (T item : items) {
            if (kept.size() < n) {
                kept.add(item);
            } else if (order.compare(item, kept.peek()) < 0) {
                kept.poll();
                kept.add(item);
            }
        }
        List<T> first = new ArrayList<>(kept);
        first.sort(order);
        return first;
    }
}
