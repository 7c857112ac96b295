package org.roadmap.commitments.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class PageSelectionTests {

    @Test
    void givesTheSameFirstItemsAsSortingThemAll() {
        Random random = new Random(42);
        Comparator<Integer> order = Comparator.<Integer>comparingInt(i -> i % 97).thenComparing(Comparator.naturalOrder());
        for (int size : new int[] {0, 1, 5, 40, 1_000, 6_700}) {
            List<Integer> items = IntStream.range(0, size).map(i -> random.nextInt(100_000)).distinct().boxed().toList();
            for (int n : new int[] {0, 1, 20, 40, items.size() / 2 + 1, items.size() + 5}) {
                assertThat(PageSelection.first(n, items, order))
                        .as("first %d of %d", n, items.size())
                        .isEqualTo(items.stream().sorted(order).limit(Math.max(0, n)).toList());
            }
        }
    }
}
