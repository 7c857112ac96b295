package org.roadmap.identity.config;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.springframework.security.oauth2.core.AbstractOAuth2Token;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
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
 * another is saved, and a token (or the state of a sign-in under way) is found by looking its value up: a code
 * exchange or a renewal costs the same however many people are signed in.
 */
final class ExpiringAuthorizations implements OAuth2AuthorizationService {

    private static final long SWEEP_EVERY_MILLIS = 1_000;
    /** The kinds of token the issuer makes, and the state of a sign-in under way, which are found by look-up. */
    private static final List<String> INDEXED = List.of(OAuth2ParameterNames.STATE, OAuth2ParameterNames.CODE,
            OAuth2ParameterNames.ACCESS_TOKEN, OAuth2ParameterNames.REFRESH_TOKEN, OidcParameterNames.ID_TOKEN);

    private final InMemoryOAuth2AuthorizationService authorizations = new InMemoryOAuth2AuthorizationService();
    private final ConcurrentMap<String, Instant> expiries = new ConcurrentHashMap<>();
    /** The authorization each token value (and sign-in state) belongs to, and each authorization's values. */
    private final Map<String, String> byToken = new HashMap<>();
    private final Map<String, Set<String>> tokensOf = new HashMap<>();
    /** The authorizations indexed while they have no token yet, which Spring's service may let go unannounced. */
    private final Set<String> underWay = new HashSet<>();
    private final AtomicLong nextSweep = new AtomicLong();
    private final Clock clock;

    ExpiringAuthorizations(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void save(OAuth2Authorization authorization) {
        authorizations.save(authorization);
        index(authorization);
        Instant expiry = expiry(authorization);
        if (expiry == null) {
            // no token yet (a sign-in under way): Spring's service keeps at most 100 of those itself
            expiries.remove(authorization.getId());
            underWay(authorization.getId(), true);
        } else {
            expiries.put(authorization.getId(), expiry);
            underWay(authorization.getId(), false);
        }
        sweep();
    }

    @Override
    public void remove(OAuth2Authorization authorization) {
        authorizations.remove(authorization);
        expiries.remove(authorization.getId());
        forget(authorization.getId());
    }

    @Override
    public OAuth2Authorization findById(String id) {
        return authorizations.findById(id);
    }

    @Override
    public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        if (tokenType != null && !INDEXED.contains(tokenType.getValue())) {
            // a kind of token this issuer does not issue (device and user codes): Spring's reading of them all
            return authorizations.findByToken(token, tokenType);
        }
        String id;
        synchronized (this) {
            id = byToken.get(token);
        }
        if (id == null) {
            return null;
        }
        OAuth2Authorization found = authorizations.findById(id);
        if (found == null) {
            // a sign-in under way that Spring's service let go (it keeps 100 of those)
            forget(id);
            return null;
        }
        return tokenType == null ? found : holds(found, tokenType.getValue(), token) ? found : null;
    }

    private synchronized void index(OAuth2Authorization authorization) {
        Set<String> values = new HashSet<>();
        for (String kind : INDEXED) {
            String value = value(authorization, kind);
            if (value != null) {
                values.add(value);
            }
        }
        Set<String> before = tokensOf.put(authorization.getId(), values);
        if (before != null) {
            before.stream().filter(value -> !values.contains(value)).forEach(byToken::remove);
        }
        values.forEach(value -> byToken.put(value, authorization.getId()));
    }

    private synchronized void underWay(String id, boolean yes) {
        if (yes) {
            underWay.add(id);
        } else {
            underWay.remove(id);
        }
    }

    private synchronized void forget(String id) {
        underWay.remove(id);
        Set<String> values = tokensOf.remove(id);
        if (values != null) {
            values.forEach(value -> byToken.remove(value, id));
        }
    }

    /** Whether the authorization's token of this kind ({@code state}, {@code code}, ...) has this value. */
    private static boolean holds(OAuth2Authorization authorization, String kind, String token) {
        return token.equals(value(authorization, kind));
    }

    private static String value(OAuth2Authorization authorization, String kind) {
        if (kind.equals(OAuth2ParameterNames.STATE)) {
            return authorization.getAttribute(OAuth2ParameterNames.STATE);
        }
        OAuth2Authorization.Token<? extends AbstractOAuth2Token> token = switch (kind) {
            case OAuth2ParameterNames.CODE -> authorization.getToken(OAuth2AuthorizationCode.class);
            case OAuth2ParameterNames.ACCESS_TOKEN -> authorization.getAccessToken();
            case OAuth2ParameterNames.REFRESH_TOKEN -> authorization.getRefreshToken();
            case OidcParameterNames.ID_TOKEN -> authorization.getToken(OidcIdToken.class);
            default -> throw new IllegalArgumentException("Not a kind of token looked up here: " + kind);
        };
        return token == null ? null : token.getToken().getTokenValue();
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
                forget(entry.getKey());
            }
        }
        // sign-ins under way (no token yet), which Spring's service lets go without a word beyond 100: only those
        // are checked, not every authorization kept
        List<String> gone;
        synchronized (this) {
            gone = underWay.stream().filter(id -> authorizations.findById(id) == null).toList();
        }
        gone.forEach(this::forget);
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
