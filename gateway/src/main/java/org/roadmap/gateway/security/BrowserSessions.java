package org.roadmap.gateway.security;

import java.util.Set;

import org.roadmap.gateway.problem.ProblemResponses;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher.MatchResult;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.session.CookieWebSessionIdResolver;
import org.springframework.web.server.session.WebSessionIdResolver;

import reactor.core.publisher.Mono;

/**
 * People sign in to the dashboard as the OAuth 2.0 for Browser-Based Apps guidance recommends (a
 * backend for the frontend): the gateway is the OAuth2 client, gets their tokens by the authorization
 * code with PKCE, keeps them in its server-side session and relays the access token to the services
 * ({@code TokenRelay}); the browser holds only the session cookie (HttpOnly, SameSite=Lax, Secure over
 * https). The session's unsafe requests need the CSRF token, which the dashboard reads from the
 * {@code XSRF-TOKEN} cookie and sends back as {@code X-XSRF-TOKEN}. Signing out ends the gateway's
 * session and, through OIDC RP-initiated logout, the issuer's. Requests with a bearer token are
 * machine clients': they carry no session and need no CSRF token.
 */
@Configuration(proxyBeanMethods = false)
class BrowserSessions {

    /** Where people start signing in; the dashboard links here. */
    static final String SIGN_IN = "/oauth2/authorization/" + SignInRegistration.ID;

    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.TRACE);

    @Bean
    SignInRegistration signInRegistration(SignInProperties signIn, IssuerProperties issuer,
            @Value("${roadmap.gateway.services.identity}") String identity) {
        return new SignInRegistration(signIn, issuer, identity);
    }

    /** The tokens live in the session and end with it. */
    @Bean
    ServerOAuth2AuthorizedClientRepository authorizedClients() {
        return new WebSessionServerOAuth2AuthorizedClientRepository();
    }

    /**
     * What TokenRelay asks for a session's access token; renews it with the refresh token when it has expired, once
     * for the session's requests that need it at the same time ({@link SharedRenewals}).
     */
    @Bean
    ReactiveOAuth2AuthorizedClientManager authorizedClientManager(ReactiveClientRegistrationRepository registrations,
            ServerOAuth2AuthorizedClientRepository authorizedClients) {
        DefaultReactiveOAuth2AuthorizedClientManager manager = new DefaultReactiveOAuth2AuthorizedClientManager(
                registrations, authorizedClients);
        manager.setAuthorizedClientProvider(ReactiveOAuth2AuthorizedClientProviderBuilder.builder().authorizationCode()
                .refreshToken().build());
        return new SharedRenewals(manager);
    }

    /** Sign-in, CSRF protection of the session and sign-out on the front door's chain. */
    static ServerHttpSecurity applyTo(ServerHttpSecurity http, ReactiveClientRegistrationRepository registrations,
            WebSessionIdResolver sessionIds, ProblemResponses problems) {
        OidcClientInitiatedServerLogoutSuccessHandler signedOut = new OidcClientInitiatedServerLogoutSuccessHandler(
                registrations);
        signedOut.setPostLogoutRedirectUri("{baseUrl}/");
        return http
                .oauth2Login(login -> login
                        // a sign-in started opens no session: only a person the issuer signed in gets one
                        .authorizationRequestRepository(new SignInCookie())
                        .authenticationSuccessHandler(new RedirectServerAuthenticationSuccessHandler("/"))
                        .authenticationFailureHandler(new RedirectServerAuthenticationFailureHandler("/#/sign-in-failed")))
                .csrf(csrf -> csrf
                        .csrfTokenRepository(CookieServerCsrfTokenRepository.withHttpOnlyFalse())
                        // the token as the cookie holds it, in the header or a form's _csrf field
                        .csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler())
                        .requireCsrfProtectionMatcher(sessionWrites(sessionCookie(sessionIds)))
                        .accessDeniedHandler((exchange, denied) -> problems.write(exchange, HttpStatus.FORBIDDEN,
                                "csrf", "CSRF token missing or wrong", "A signed-in browser's change needs the"
                                        + " XSRF-TOKEN cookie's value in the X-XSRF-TOKEN header. Reload the page.",
                                headers -> { })))
                .logout(logout -> logout.logoutSuccessHandler(signedOut));
    }

    /** Writes the CSRF cookie on the browser's requests, so the dashboard has it before its first change. */
    static WebFilter csrfCookie() {
        return (exchange, chain) -> {
            Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
            if (token == null || exchange.getRequest().getHeaders().containsHeader(HttpHeaders.AUTHORIZATION)) {
                return chain.filter(exchange);
            }
            return token.then(chain.filter(exchange));
        };
    }

    /** Unsafe requests that ride on a session: with its cookie and without a bearer token of their own. */
    private static ServerWebExchangeMatcher sessionWrites(String sessionCookie) {
        return exchange -> {
            var request = exchange.getRequest();
            boolean matches = !SAFE.contains(request.getMethod())
                    && !request.getHeaders().containsHeader(HttpHeaders.AUTHORIZATION)
                    && request.getCookies().containsKey(sessionCookie);
            return matches ? MatchResult.match() : MatchResult.notMatch();
        };
    }

    private static String sessionCookie(WebSessionIdResolver sessionIds) {
        return sessionIds instanceof CookieWebSessionIdResolver cookies ? cookies.getCookieName() : "SESSION";
    }
}
