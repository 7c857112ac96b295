package org.roadmap.gateway.security;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.ClientAuthorizationException;
import org.springframework.security.oauth2.client.ClientAuthorizationRequiredException;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * A session's requests that need its access token while it is being renewed wait for that one renewal. The issuer
 * takes each refresh token once (it rotates them), and Spring Security renews once per request that finds the token
 * expired: the dashboard opened after a pause asks for several things at once, and all but one of them were refused
 * (500) and the person was signed out. A renewal the issuer refuses (the sign-in has ended there), and every request of
 * the session after it, is answered 401, saying to sign in again.
 */
final class SharedRenewals implements ReactiveOAuth2AuthorizedClientManager {

    private final ReactiveOAuth2AuthorizedClientManager renewals;
    private final ConcurrentMap<String, Mono<OAuth2AuthorizedClient>> inFlight = new ConcurrentHashMap<>();

    SharedRenewals(ReactiveOAuth2AuthorizedClientManager renewals) {
        this.renewals = renewals;
    }

    @Override
    public Mono<OAuth2AuthorizedClient> authorize(OAuth2AuthorizeRequest request) {
        return exchange(request).flatMap(ServerWebExchange::getSession)
                .map(session -> request.getClientRegistrationId() + " " + session.getId())
                .flatMap(key -> inFlight.computeIfAbsent(key, k -> renewals.authorize(request)
                        // the next request after this one is answered reads the session again
                        .doFinally(ended -> inFlight.remove(k))
                        .cache()))
                .switchIfEmpty(Mono.defer(() -> renewals.authorize(request)))
                .onErrorMap(SharedRenewals::signInEnded, refused -> new ResponseStatusException(HttpStatus.UNAUTHORIZED,
                        "Your sign-in has ended: sign in to the dashboard again.", refused));
    }

    /** The exchange the request is made for, where Spring Security's own manager finds it. */
    private static Mono<ServerWebExchange> exchange(OAuth2AuthorizeRequest request) {
        return Mono.justOrEmpty(request.<ServerWebExchange>getAttribute(ServerWebExchange.class.getName()))
                .switchIfEmpty(Mono.deferContextual(context -> Mono.justOrEmpty(
                        context.<ServerWebExchange>getOrEmpty(ServerWebExchange.class))));
    }

    /** Refused by the issuer, or refused before (the session then holds no tokens and asks for a new sign-in). */
    private static boolean signInEnded(Throwable error) {
        if (error instanceof ClientAuthorizationRequiredException) {
            return true;
        }
        return error instanceof ClientAuthorizationException refused
                && OAuth2ErrorCodes.INVALID_GRANT.equals(refused.getError().getErrorCode());
    }
}
