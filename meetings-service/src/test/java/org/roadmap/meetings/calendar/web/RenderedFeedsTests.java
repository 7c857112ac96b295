package org.roadmap.meetings.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** Kept renderings stay within their budget of characters, whatever the number and size of the feeds. */
class RenderedFeedsTests {

    private final AtomicInteger renderings = new AtomicInteger();

    @Test
    void keepsWhatFitsAndLetsTheLeastRecentlyUsedGoFirst() {
        RenderedFeeds kept = new RenderedFeeds(100);
        feed(kept, "a", 40);
        feed(kept, "b", 40);
        feed(kept, "a", 40); // read: a is now the most recently used
        feed(kept, "c", 40); // a and b would make 120: b goes
        assertThat(renderings).hasValue(3);
        assertThat(kept.heldCharacters()).isEqualTo(80);

        feed(kept, "a", 40);
        feed(kept, "c", 40);
        assertThat(renderings).hasValue(3);
        feed(kept, "b", 40);
        assertThat(renderings).hasValue(4);
        assertThat(kept.heldCharacters()).isLessThanOrEqualTo(100);
    }

    @Test
    void aFeedLargerThanTheBudgetIsServedButNotKept() {
        RenderedFeeds kept = new RenderedFeeds(100);
        feed(kept, "small", 10);
        assertThat(feed(kept, "all", 500)).hasSize(500);
        assertThat(feed(kept, "all", 500)).hasSize(500);
        assertThat(renderings).hasValue(3);
        assertThat(kept.heldCharacters()).isEqualTo(10);
    }

    private String feed(RenderedFeeds kept, String key, int length) {
        return kept.get(key, () -> {
            renderings.incrementAndGet();
            return "x".repeat(length);
        });
    }
}
