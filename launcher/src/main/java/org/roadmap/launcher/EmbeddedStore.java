package org.roadmap.launcher;

import java.nio.file.Path;

import org.h2.mvstore.MVStore;

/** The H2 store the embedded MongoDB-wire server keeps its data in, opened as the launcher opens it. */
public final class EmbeddedStore {

    /**
     * H2's page cache. Its default, 16 MB, is less than a road map grown to 10,000 commitments takes (about 30 MB):
     * then every pass over a collection reads and deserialises its pages again, and an outbox backlog drained
     * 1.5-2 times slower on the database's side than with 64 MB. Public for the storage benchmark, whose baseline
     * gets the same cache.
     */
    public static final int CACHE_MB = 64;

    /**
     * The size beyond which H2 splits a page. H2 writes a changed page whole, and stores once the pages changed since
     * its last store reach its write buffer (1 MB). At its default, 16 KB (about 16 alerts or inbox items on a page),
     * writes spread over a large collection stored every 60 documents or so, each encoding its page's neighbours
     * again, and each store rewrote H2's own record of its chunks. With 4 KB, firing 100,000 due alerts took 14-52 s
     * against 61-64 s (NotificationsBenchmark on this storage, the same hour).
     */
    private static final int PAGE_SPLIT_BYTES = 4 * 1024;

    private EmbeddedStore() {
    }

    /** Opens (or starts) the store in {@code file}; the benchmarks open theirs here too, to measure what runs. */
    public static MVStore open(Path file) {
        return new MVStore.Builder().fileName(file.toString()).cacheSize(CACHE_MB).pageSplitSize(PAGE_SPLIT_BYTES)
                .open();
    }
}
