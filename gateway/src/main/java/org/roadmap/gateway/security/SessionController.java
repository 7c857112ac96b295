package org.roadmap.gateway.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * Who is signed in, for the dashboard, which no longer holds a token to read it from: the claims of
 * the session's access token (docs/adr/0006), or of the bearer token a machine client sent.
 */
@RestController
class SessionController {

    private static final List<String> SHOWN = List.of("sub", "name", "org", "country", "roles", "scope", "locale",
            "zoneinfo");

    private final ReactiveOAuth2AuthorizedClientManager authorizedClients;
    private final ReactiveJwtDecoder tokens;

    SessionController(ReactiveOAuth2AuthorizedClientManager authorizedClients, ReactiveJwtDecoder tokens) {
        this.authorizedClients = authorizedClients;
        this.tokens = tokens;
    }

    @GetMapping("/session")
    Mono<Map<String, Object>> session(Authentication signedIn, ServerWebExchange exchange) {
        Mono<Jwt> token = signedIn instanceof JwtAuthenticationToken bearer ? Mono.just(bearer.getToken())
                : authorizedClients.authorize(OAuth2AuthorizeRequest
                        .withClientRegistrationId(((OAuth2AuthenticationToken) signedIn).getAuthorizedClientRegistrationId())
                        .principal(signedIn).attribute(ServerWebExchange.class.getName(), exchange).build())
                        .flatMap(client -> tokens.decode(client.getAccessToken().getTokenValue()));
        return token.map(SessionController::shown).switchIfEmpty(Mono.error(
                new ResponseStatusException(HttpStatus.UNAUTHORIZED, "The session holds no token any more: sign in again.")));
    }

    private static Map<String, Object> shown(Jwt token) {
        Map<String, Object> claims = new LinkedHashMap<>();
        SHOWN.stream().filter(token::hasClaim).forEach(claim -> claims.put(claim, token.getClaim(claim)));
        return claims;
    }
}
