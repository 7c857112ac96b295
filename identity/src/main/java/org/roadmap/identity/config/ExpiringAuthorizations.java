package org.roadmap.identity.config;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.springframework.security.oauth2.core.AbstractOAuth2Token;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.server.authorization.InMemoryOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationCode;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;

/**
 * The issuer's authorizations (the codes, access, refresh and ID tokens it issued), in memory, each kept until the
 * last of its tokens has expired. Spring Authorization Server's in-memory service keeps every authorization for ever,
 * and finds a token by reading them all: a client that asks for a token per request grew the issuer's memory without
 * end, and each sign-in's code exchange and renewal read more. Expired ones are let go at most once a second, when
 * another is saved.
 */
final class ExpiringAuthorizations implements OAuth2AuthorizationService {

    private static final long SWEEP_EVERY_MILLIS = 1_000;

    private final InMemoryOAuth2AuthorizationService authorizations = new InMemoryOAuth2AuthorizationService();
    private final ConcurrentMap<String, Instant> expiries = new ConcurrentHashMap<>();
    private final AtomicLong nextSweep = new AtomicLong();
    private final Clock clock;

    ExpiringAuthorizations(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void save(OAuth2Authorization authorization) {
        authorizations.save(authorization);
        Instant expiry = expiry(authorization);
        if (expiry == null) {
            // no token yet (a sign-in under way): Spring's service keeps at most 100 of those itself
            expiries.remove(authorization.getId());
        } else {
            expiries.put(authorization.getId(), expiry);
        }
        sweep();
    }

    @Override
    public void remove(OAuth2Authorization authorization) {
        authorizations.remove(authorization);
        expiries.remove(authorization.getId());
    }

    @Override
    public OAuth2Authorization findById(String id) {
        return authorizations.findById(id);
    }

    @Override
    public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        return authorizations.findByToken(token, tokenType);
    }

    /** How many authorizations with tokens are kept. */
    int size() {
        return expiries.size();
    }

    private void sweep() {
        long now = clock.millis();
        long due = nextSweep.get();
        if (now < due || !nextSweep.compareAndSet(due, now + SWEEP_EVERY_MILLIS)) {
            return;
        }
        Instant instant = Instant.ofEpochMilli(now);
        for (Map.Entry<String, Instant> entry : expiries.entrySet()) {
            if (entry.getValue().isBefore(instant) && expiries.remove(entry.getKey(), entry.getValue())) {
                OAuth2Authorization expired = authorizations.findById(entry.getKey());
                if (expired != null) {
                    authorizations.remove(expired);
                }
            }
        }
    }

    /** When the last of its tokens expires; null while it has none (or one that never expires). */
    private static Instant expiry(OAuth2Authorization authorization) {
        Instant last = null;
        for (OAuth2Authorization.Token<? extends AbstractOAuth2Token> token : Stream.of(
                authorization.getAccessToken(), authorization.getRefreshToken(),
                authorization.getToken(OAuth2AuthorizationCode.class), authorization.getToken(OidcIdToken.class))
                .filter(t -> t != null).toList()) {
            Instant expiresAt = token.getToken().getExpiresAt();
            if (expiresAt == null) {
                return null;
            }
            last = last == null || expiresAt.isAfter(last) ? expiresAt : last;
        }
        return last;
    }
}
