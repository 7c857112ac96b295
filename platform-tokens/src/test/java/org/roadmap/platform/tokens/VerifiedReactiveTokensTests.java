package org.roadmap.platform.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/** The gateway's decoder remembers what it accepted as the services' does, and nothing it refused. */
class VerifiedReactiveTokensTests {

    private final Instant now = Instant.parse("2026-12-05T08:00:00Z");
    private final List<String> checks = new ArrayList<>();
    private final ReactiveJwtDecoder decoder = token -> {
        checks.add(token);
        return token.startsWith("forged") ? Mono.error(new BadJwtException("refused"))
                : Mono.just(Jwt.withTokenValue(token).header("alg", "RS256").subject("pe-editor")
                        .issuedAt(now).expiresAt(now.plus(Duration.ofHours(1))).build());
    };
    private final VerifiedReactiveTokens tokens = new VerifiedReactiveTokens(decoder, Clock.fixed(now, ZoneOffset.UTC));

    @Test
    void checksAnAcceptedTokenOnceWhileItIsRemembered() {
        Jwt first = tokens.decode("token").block();
        Jwt again = tokens.decode("token").block();

        assertThat(again).isSameAs(first);
        assertThat(checks).containsExactly("token");
    }

    @Test
    void neverRemembersARefusal() {
        assertThatThrownBy(() -> tokens.decode("forged").block()).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged").block()).isInstanceOf(BadJwtException.class);

        assertThat(checks).containsExactly("forged", "forged");
    }
}
