package org.roadmap.identity.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationCode;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;

/**
 * The issuer finds a sign-in's state, code and tokens by their values among many people's, as Spring's service does
 * by reading them all: each by its own kind or by none, never by another kind's, and never once replaced, removed
 * or expired.
 */
class ExpiringAuthorizationsTests {

    private static final OAuth2TokenType STATE = new OAuth2TokenType(OAuth2ParameterNames.STATE);
    private static final OAuth2TokenType CODE = new OAuth2TokenType(OAuth2ParameterNames.CODE);
    private static final OAuth2TokenType ID_TOKEN = new OAuth2TokenType("id_token");

    private final Instant now = Instant.parse("2026-12-07T09:00:00Z");
    private final MutableClock clock = new MutableClock(now);
    private final ExpiringAuthorizations authorizations = new ExpiringAuthorizations(clock);
    private final RegisteredClient gateway = RegisteredClient.withId("gateway").clientId("gateway")
            .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE).redirectUri("https://gateway.test/cb")
            .build();

    @Test
    void findsEachTokenOfOneSignInAmongThousandsByItsKindOrByNoneAndNotByAnother() {
        for (int i = 0; i < 5_000; i++) {
            authorizations.save(signedIn("person-" + i, Duration.ofHours(8)));
        }
        OAuth2Authorization aiko = signedIn("aiko", Duration.ofHours(8));
        authorizations.save(aiko);

        for (Map.Entry<OAuth2TokenType, String> token : Map.of(STATE, "state-aiko", CODE, "code-aiko",
                OAuth2TokenType.ACCESS_TOKEN, "access-aiko", OAuth2TokenType.REFRESH_TOKEN, "refresh-aiko",
                ID_TOKEN, "id-aiko").entrySet()) {
            assertThat(authorizations.findByToken(token.getValue(), token.getKey())).as(token.getKey().getValue())
                    .isNotNull().extracting(OAuth2Authorization::getPrincipalName).isEqualTo("aiko");
            assertThat(authorizations.findByToken(token.getValue(), null)).isNotNull()
                    .extracting(OAuth2Authorization::getPrincipalName).isEqualTo("aiko");
        }
        assertThat(authorizations.findByToken("access-aiko", OAuth2TokenType.REFRESH_TOKEN)).isNull();
        assertThat(authorizations.findByToken("refresh-aiko", OAuth2TokenType.ACCESS_TOKEN)).isNull();
        assertThat(authorizations.findByToken("code-aiko", STATE)).isNull();
        assertThat(authorizations.findByToken("no-such-token", null)).isNull();
    }

    @Test
    void aRenewedSignInIsFoundByItsNewTokensOnlyAndARemovedOneByNone() {
        OAuth2Authorization aiko = signedIn("aiko", Duration.ofHours(8));
        authorizations.save(aiko);
        OAuth2Authorization renewed = OAuth2Authorization.from(aiko)
                .accessToken(new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "access-aiko-2", now,
                        now.plus(Duration.ofMinutes(15))))
                .refreshToken(new OAuth2RefreshToken("refresh-aiko-2", now, now.plus(Duration.ofHours(8)))).build();
        authorizations.save(renewed);

        assertThat(authorizations.findByToken("refresh-aiko", OAuth2TokenType.REFRESH_TOKEN)).isNull();
        assertThat(authorizations.findByToken("access-aiko", null)).isNull();
        assertThat(authorizations.findByToken("refresh-aiko-2", OAuth2TokenType.REFRESH_TOKEN)).isNotNull();
        assertThat(authorizations.findByToken("code-aiko", CODE)).isNotNull();

        authorizations.remove(renewed);

        assertThat(authorizations.findByToken("refresh-aiko-2", OAuth2TokenType.REFRESH_TOKEN)).isNull();
        assertThat(authorizations.findByToken("state-aiko", STATE)).isNull();
    }

    @Test
    void anExpiredSignInIsFoundByNoneOfItsTokens() {
        authorizations.save(signedIn("aiko", Duration.ofMinutes(30)));
        clock.set(now.plus(Duration.ofHours(1)));

        // the next save lets the expired go
        authorizations.save(signedIn("luis", Duration.ofHours(8)));

        assertThat(authorizations.findByToken("refresh-aiko", OAuth2TokenType.REFRESH_TOKEN)).isNull();
        assertThat(authorizations.findByToken("access-aiko", null)).isNull();
        assertThat(authorizations.findByToken("refresh-luis", OAuth2TokenType.REFRESH_TOKEN)).isNotNull();
        assertThat(authorizations.size()).isEqualTo(1);
    }

    private OAuth2Authorization signedIn(String person, Duration refreshFor) {
        Instant end = now.plus(refreshFor);
        return OAuth2Authorization.withRegisteredClient(gateway).id("authorization-" + person).principalName(person)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .attribute(OAuth2ParameterNames.STATE, "state-" + person)
                .token(new OAuth2AuthorizationCode("code-" + person, now, now.plus(Duration.ofMinutes(5))))
                .accessToken(new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "access-" + person, now,
                        now.plus(Duration.ofMinutes(15))))
                .refreshToken(new OAuth2RefreshToken("refresh-" + person, now, end))
                .token(new OidcIdToken("id-" + person, now, now.plus(Duration.ofMinutes(15)),
                        Map.of("sub", person)))
                .build();
    }

    private static final class MutableClock extends Clock {

        private volatile Instant instant;

        MutableClock(Instant instant) {
            this.instant = instant;
        }

        void set(Instant to) {
            instant = to;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return instant;
        }
    }
}
