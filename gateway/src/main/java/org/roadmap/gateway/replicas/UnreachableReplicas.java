package org.roadmap.gateway.replicas;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Replicas a request could not connect to lately, by {@code host:port}: passive health checking, so a
 * replica that died costs one refused connection per gateway, not one per request, and nothing is polled.
 */
@Component
class UnreachableReplicas {

    private static final Logger log = LoggerFactory.getLogger(UnreachableReplicas.class);

    /** How long a replica that refused a connection is left out before a request tries it again. */
    static final Duration DOWN_FOR = Duration.ofSeconds(5);

    private final Map<String, Long> downUntil = new ConcurrentHashMap<>();
    private final LongSupplier nanoClock;

    UnreachableReplicas() {
        this(System::nanoTime);
    }

    UnreachableReplicas(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    void markDown(URI replica) {
        if (downUntil.put(key(replica), nanoClock.getAsLong() + DOWN_FOR.toNanos()) == null) {
            log.warn("Replica {} could not be reached; requests go to the others for {} s", key(replica),
                    DOWN_FOR.toSeconds());
        }
    }

    /** Whether no replica is left out: the load balancer's usual case, decided without a look-up per replica. */
    boolean none() {
        return downUntil.isEmpty();
    }

    boolean isDown(URI replica) {
        Long until = downUntil.get(key(replica));
        if (until == null) {
            return false;
        }
        if (nanoClock.getAsLong() - until >= 0) {
            downUntil.remove(key(replica), until);
            return false;
        }
        return true;
    }

    private static String key(URI replica) {
        return replica.getHost() + ":" + replica.getPort();
    }
}
