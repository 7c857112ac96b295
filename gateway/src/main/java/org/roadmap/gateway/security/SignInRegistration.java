package org.roadmap.gateway.security;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;

import org.springframework.web.server.ResponseStatusException;

import reactor.core.publisher.Mono;

/**
 * The one client registration, {@value #ID}: the issuer the gateway checks tokens of. Made at the first
 * sign-in rather than at start, because on the embedded default the issuer, started beside the
 * gateway, writes the gateway's secret on its own first start.
 */
final class SignInRegistration implements ReactiveClientRegistrationRepository {

    static final String ID = "roadmap";

    private final SignInProperties signIn;
    private final String issuer;
    private final String backChannel;
    private final AtomicReference<ClientRegistration> made = new AtomicReference<>();

    SignInRegistration(SignInProperties signIn, IssuerProperties issuer, String backChannel) {
        this.signIn = signIn;
        this.issuer = issuer.uri();
        this.backChannel = backChannel.replaceAll("/+$", "");
    }

    @Override
    public Mono<ClientRegistration> findByRegistrationId(String registrationId) {
        if (!ID.equals(registrationId)) {
            return Mono.empty();
        }
        return Mono.fromCallable(() -> made.updateAndGet(registration -> registration != null ? registration : make()));
    }

    private ClientRegistration make() {
        return ClientRegistration.withRegistrationId(ID)
                .clientName("Road Map sign-in")
                .clientId(signIn.clientId())
                .clientSecret(secret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope(signIn.scopes())
                // PKCE (S256) although the gateway is a confidential client, as OAuth 2.1 asks
                .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
                .authorizationUri(or(signIn.authorizationUri(), issuer + "/oauth2/authorize"))
                .tokenUri(or(signIn.tokenUri(), backChannel + "/oauth2/token"))
                .jwkSetUri(or(signIn.jwkSetUri(), backChannel + "/oauth2/jwks"))
                // the ID token's iss is checked against it, as the access tokens' is
                .issuerUri(issuer)
                .userNameAttributeName(IdTokenClaimNames.SUB)
                .providerConfigurationMetadata(Map.of("end_session_endpoint",
                        or(signIn.endSessionUri(), issuer + "/connect/logout")))
                .build();
    }

    private String secret() {
        if (!signIn.clientSecret().isBlank()) {
            return signIn.clientSecret();
        }
        Properties secrets = new Properties();
        try (Reader reader = Files.newBufferedReader(signIn.secretsFile(), StandardCharsets.UTF_8)) {
            secrets.load(reader);
        } catch (IOException e) {
            secrets.clear();
        }
        String secret = secrets.getProperty(signIn.clientId());
        if (secret == null) {
            // a 503 problem for the person, the reason in the gateway's log for the operator
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "Signing in is not possible yet: the"
                    + " gateway's client secret is neither set (ROADMAP_GATEWAY_CLIENT_SECRET) nor in "
                    + signIn.secretsFile().toAbsolutePath());
        }
        return secret;
    }

    private static String or(String configured, String fallback) {
        return configured == null || configured.isBlank() ? fallback : configured;
    }
}
