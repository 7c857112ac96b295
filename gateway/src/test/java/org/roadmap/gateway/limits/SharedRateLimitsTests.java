package org.roadmap.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import de.bwaldvogel.mongo.MongoServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.roadmap.platform.test.SnapshotReadsMemoryBackend;

/**
 * Gateway replicas' limiters counting one client in one store, over the real MongoDB wire protocol:
 * together they let it through as often as one would, and a store that is away loosens the limits to one
 * replica's rather than refusing or holding requests.
 */
class SharedRateLimitsTests {

    private static final MongoServer mongo = new MongoServer(new SnapshotReadsMemoryBackend());
    private static final String STORE = "mongodb://127.0.0.1:" + mongo.bind().getPort() + "/gateway";

    private final AtomicLong nanos = new AtomicLong();
    private final List<RateLimiter> replicas = new ArrayList<>();
    private final String client = "commitments sub:" + UUID.randomUUID();

    @AfterEach
    void close() {
        replicas.forEach(RateLimiter::destroy);
    }

    @AfterAll
    static void stopMongo() {
        mongo.shutdownNow();
    }

    @Test
    void twoReplicasTogetherLetAClientThroughAsOftenAsOneWould() {
        RateLimiter a = replica(STORE);
        RateLimiter b = replica(STORE);

        // a burst of 60, refilled at 20/s: sent alternately to both replicas, at the same instant
        int allowed = 0;
        for (int i = 0; i < 200; i++) {
            allowed += allowed(i % 2 == 0 ? a : b, 20, 60) ? 1 : 0;
        }
        // each replica may still hold part of a grant (at 20/s, 5 tokens) that the other cannot use
        assertThat(allowed).isBetween(60 - 2 * RateLimiter.grantSize(20, 60), 60);

        nanos.addAndGet(Duration.ofSeconds(2).toNanos()); // grants expire; the store has refilled 40
        int afterTwoSeconds = 0;
        for (int i = 0; i < 200; i++) {
            afterTwoSeconds += allowed(i % 2 == 0 ? b : a, 20, 60) ? 1 : 0;
        }
        assertThat(afterTwoSeconds).isBetween(40 - 2 * RateLimiter.grantSize(20, 60), 40);
    }

    @Test
    void aSlowlyRefilledLimitIsExactAcrossReplicas() {
        List<RateLimiter> three = List.of(replica(STORE), replica(STORE), replica(STORE));

        int allowed = 0;
        for (int i = 0; i < 30; i++) {
            allowed += allowed(three.get(i % 3), 1, 10) ? 1 : 0;
        }

        assertThat(allowed).isEqualTo(10);
        assertThat(three.get(0).take(client, 1, 10).block().retryAfterSeconds()).isEqualTo(1);
    }

    @Test
    void withoutItsStoreAReplicaCountsOnItsOwnAndAnswersWithinAboutASecond() throws IOException {
        int nobody;
        try (ServerSocket socket = new ServerSocket(0)) {
            nobody = socket.getLocalPort();
        }
        RateLimiter alone = replica("mongodb://127.0.0.1:" + nobody + "/gateway");

        Instant started = Instant.now();
        int allowed = 0;
        for (int i = 0; i < 20; i++) {
            allowed += allowed(alone, 1, 10) ? 1 : 0;
        }

        assertThat(allowed).isEqualTo(10);
        // one attempt at the store (its one-second timeout), then this replica's own counts
        assertThat(Duration.between(started, Instant.now())).isLessThan(Duration.ofSeconds(5));
    }

    private RateLimiter replica(String store) {
        RateLimiter limiter = new RateLimiter(new SharedTokenBuckets(store, () -> nanos.get() / 1_000_000), nanos::get);
        replicas.add(limiter);
        return limiter;
    }

    private boolean allowed(RateLimiter replica, double perSecond, int burst) {
        return replica.take(client, perSecond, burst).block().allowed();
    }
}
