package org.roadmap.platform.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class VerifiedTokensTests {

    private final MovingClock clock = new MovingClock(Instant.parse("2026-12-05T08:00:00Z"));
    private final CountingDecoder decoder = new CountingDecoder();
    private final VerifiedTokens tokens = new VerifiedTokens(decoder, clock);

    @Test
    void checksAnAcceptedTokenOnceWhileItIsRemembered() {
        decoder.accept("token", clock.instant().plus(Duration.ofHours(1)));

        Jwt first = tokens.decode("token");
        clock.pass(Duration.ofMinutes(4));
        Jwt again = tokens.decode("token");

        assertThat(again).isSameAs(first);
        assertThat(decoder.checks).containsExactly("token");
    }

    @Test
    void checksItAgainAfterFiveMinutes() {
        decoder.accept("token", clock.instant().plus(Duration.ofHours(1)));

        tokens.decode("token");
        clock.pass(AcceptedTokens.KEEP);
        tokens.decode("token");

        assertThat(decoder.checks).containsExactly("token", "token");
    }

    @Test
    void checksItAgainOnceItExpiredSoTheDecoderRefusesIt() {
        Instant expiry = clock.instant().plus(Duration.ofMinutes(2));
        decoder.accept("token", expiry);
        tokens.decode("token");

        clock.pass(Duration.ofMinutes(2));
        decoder.refuse("token");

        assertThatThrownBy(() -> tokens.decode("token")).isInstanceOf(BadJwtException.class);
        assertThat(decoder.checks).containsExactly("token", "token");
    }

    @Test
    void neverRemembersARefusal() {
        decoder.refuse("forged");

        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThat(decoder.checks).containsExactly("forged", "forged");
    }

    @Test
    void remembersATokenWithoutExpiryForFiveMinutesAtMost() {
        decoder.accept("token", null);

        tokens.decode("token");
        clock.pass(Duration.ofMinutes(1));
        tokens.decode("token");
        clock.pass(AcceptedTokens.KEEP);
        tokens.decode("token");

        assertThat(decoder.checks).containsExactly("token", "token");
    }

    @Test
    void remembersABoundedNumberOfTokens() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i <= AcceptedTokens.CAPACITY; i++) {
            many.add("token-" + i);
            decoder.accept("token-" + i, clock.instant().plus(Duration.ofHours(1)));
        }
        many.forEach(tokens::decode);
        decoder.checks.clear();

        tokens.decode("token-" + AcceptedTokens.CAPACITY);
        tokens.decode("token-0");

        assertThat(decoder.checks).as("the others forgotten when the last one came").containsExactly("token-0");
    }

    /** Accepts the tokens it was told to, with an expiry, and refuses any other; counts what it checked. */
    private static final class CountingDecoder implements JwtDecoder {

        private final Map<String, Instant> accepted = new HashMap<>();
        private final Set<String> withoutExpiry = new HashSet<>();
        final List<String> checks = new ArrayList<>();

        void accept(String token, Instant expiresAt) {
            if (expiresAt == null) {
                withoutExpiry.add(token);
            } else {
                accepted.put(token, expiresAt);
            }
        }

        void refuse(String token) {
            accepted.remove(token);
            withoutExpiry.remove(token);
        }

        @Override
        public Jwt decode(String token) {
            checks.add(token);
            if (!accepted.containsKey(token) && !withoutExpiry.contains(token)) {
                throw new BadJwtException("refused");
            }
            Jwt.Builder jwt = Jwt.withTokenValue(token).header("alg", "RS256").subject("pe-editor");
            if (accepted.containsKey(token)) {
                jwt.issuedAt(accepted.get(token).minus(Duration.ofHours(1))).expiresAt(accepted.get(token));
            }
            return jwt.build();
        }
    }

    private static final class MovingClock extends Clock {

        private Instant now;

        MovingClock(Instant now) {
            this.now = now;
        }

        void pass(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
