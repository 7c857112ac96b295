package org.roadmap.platform.tokens;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The tokens a decoder accepted lately, each until it expires and for {@link #KEEP} at most, which is as long as a
 * decoder keeps the issuer's keys anyway. Only what a decoder accepted (signature, issuer, audience, times) is
 * remembered; a refused token never is. The same token text always decodes to the same claims, so a remembered
 * token gives the caller and the authorities the decoder would have answered.
 */
final class AcceptedTokens {

    static final Duration KEEP = Duration.ofMinutes(5);

    /** Tokens remembered at once; each is a few KB. More at once forgets the expired ones, then all. */
    static final int CAPACITY = 1_000;

    private final Clock clock;
    private final Map<String, Accepted> accepted = new ConcurrentHashMap<>();

    AcceptedTokens(Clock clock) {
        this.clock = clock;
    }

    /** The token as accepted, if it was lately and has not expired since; null otherwise. */
    Jwt remembered(String token) {
        Accepted remembered = accepted.get(token);
        return remembered != null && clock.instant().isBefore(remembered.until()) ? remembered.jwt() : null;
    }

    void accepted(String token, Jwt jwt) {
        Instant now = clock.instant();
        Instant until = now.plus(KEEP);
        if (jwt.getExpiresAt() != null && jwt.getExpiresAt().isBefore(until)) {
            until = jwt.getExpiresAt();
        }
        if (!until.isAfter(now)) {
            return;
        }
        if (accepted.size() >= CAPACITY) {
            accepted.values().removeIf(old -> !now.isBefore(old.until()));
            if (accepted.size() >= CAPACITY) {
                accepted.clear();
            }
        }
        accepted.put(token, new Accepted(jwt, until));
    }

    private record Accepted(Jwt jwt, Instant until) {
    }
}
