package org.roadmap.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Boot's token decoder, remembering the tokens it accepted for a while. A client sends the same token with every
 * request for up to an hour, and checking its RSA signature again at each one was a third of the CPU of a small
 * read (docs/adr/0012). A token is remembered only once the decoder accepted it (signature, issuer, audience,
 * times), and only until it expires and for {@link #KEEP} at most, which is as long as the decoder keeps the
 * issuer's keys anyway; after that the decoder checks it again. A refused token is never remembered, so it is
 * refused again, the same way, at every request. The same token text always decodes to the same claims, so the
 * caller and their authorities are what the decoder would have answered.
 */
final class VerifiedTokens implements JwtDecoder {

    static final Duration KEEP = Duration.ofMinutes(5);

    /** Tokens remembered at once; each is a few KB. More at once forgets the expired ones, then all. */
    static final int CAPACITY = 1_000;

    private final JwtDecoder decoder;
    private final Clock clock;
    private final Map<String, Accepted> accepted = new ConcurrentHashMap<>();

    VerifiedTokens(JwtDecoder decoder) {
        this(decoder, Clock.systemUTC());
    }

    VerifiedTokens(JwtDecoder decoder, Clock clock) {
        this.decoder = decoder;
        this.clock = clock;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Instant now = clock.instant();
        Accepted remembered = accepted.get(token);
        if (remembered != null && now.isBefore(remembered.until())) {
            return remembered.jwt();
        }
        Jwt jwt = decoder.decode(token);
        remember(token, jwt, now);
        return jwt;
    }

    private void remember(String token, Jwt jwt, Instant now) {
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
