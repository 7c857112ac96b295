package org.roadmap.gateway.security;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.roadmap.gateway.problem.ProblemResponses;
import org.roadmap.platform.tokens.VerifiedReactiveTokens;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtReactiveAuthenticationManager;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter.Mode;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import org.springframework.web.server.session.CookieWebSessionIdResolver;
import org.springframework.web.server.session.WebSessionIdResolver;

/**
 * The gateway refuses missing and bad tokens early; the services decide what a valid token may do
 * (docs/adr/0006), so a machine client's token travels on unchanged, and a signed-in person's is
 * relayed from the session ({@link BrowserSessions}). Two chains only because Swagger UI needs
 * inline styles that the dashboard's policy forbids.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /**
     * The dashboard loads only its own files and calls only its own origin: no inline script, no framing.
     * Its one form, sign-out, is answered with a redirect to the issuer, which form-action must allow.
     */
    static String dashboardPolicy(String issuerOrigin) {
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self';"
                + " font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self' " + issuerOrigin + ";"
                + " frame-ancestors 'none'";
    }

    /** Swagger UI sets style attributes from script and draws icons from data: URIs. */
    static final String SWAGGER_UI_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
            + " frame-ancestors 'none'";

    /**
     * As in the services (docs/adr/0012): no observation of each filter of the chain, an event and a counter look-up
     * per filter per request; sign-in and authorisation are still observed, and every request by
     * {@code http.server.requests}, with its trace.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.withDefaults().shouldObserveRequests(false).build();
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityWebFilterChain swaggerUi(ServerHttpSecurity http, ProblemResponses problems, CorsProperties cors) {
        http.securityMatcher(ServerWebExchangeMatchers.pathMatchers("/swagger-ui.html", "/swagger-ui/**", "/webjars/**"));
        return common(http, problems, cors, SWAGGER_UI_POLICY)
                // nothing here changes anything, and Swagger UI's calls carry a bearer token
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .authorizeExchange(exchanges -> exchanges.anyExchange().permitAll())
                .build();
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 1)
    SecurityWebFilterChain frontDoor(ServerHttpSecurity http, ProblemResponses problems, CorsProperties cors,
            ReactiveJwtDecoder decoder, ObjectProvider<ReactiveJwtAuthenticationConverter> roles,
            ReactiveClientRegistrationRepository registrations, ObjectProvider<WebSessionIdResolver> sessionIds,
            IssuerProperties issuer, SignInProperties signIn) {
        ProblemSecurityAnswers answers = new ProblemSecurityAnswers(problems);
        String signOutAt = signIn.endSessionUri() == null || signIn.endSessionUri().isBlank() ? issuer.uri()
                : signIn.endSessionUri();
        BrowserSessions.applyTo(common(http, problems, cors, dashboardPolicy(origin(signOutAt))), registrations,
                sessionIds.getIfAvailable(CookieWebSessionIdResolver::new), problems);
        return http
                .addFilterAfter(BrowserSessions.csrfCookie(), SecurityWebFiltersOrder.CSRF)
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(HttpMethod.OPTIONS, "/api/**").permitAll()
                        .pathMatchers("/api/**", "/session").authenticated()
                        .pathMatchers("/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus")
                        .permitAll()
                        .pathMatchers("/actuator/**").hasAnyRole("operator", "admin")
                        // the dashboard, /docs/, the API documents and the issuer's open endpoints
                        .anyExchange().permitAll())
                .oauth2ResourceServer(server -> server.jwt(jwt -> jwt.authenticationManager(tokenChecks(decoder, roles)))
                        .authenticationEntryPoint(answers).accessDeniedHandler(answers)
                        .authenticationFailureHandler(answers))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(answers).accessDeniedHandler(answers))
                .build();
    }

    /**
     * Boot's token check, except that keys the issuer did not deliver (it is down or silent) are a
     * failure to check the token, which the failure handler answers with a 503, rather than an
     * error that would end as a 500.
     */
    private static ReactiveAuthenticationManager tokenChecks(ReactiveJwtDecoder decoder,
            ObjectProvider<ReactiveJwtAuthenticationConverter> roles) {
        // each token's signature checked once while it is valid, as the services do
        JwtReactiveAuthenticationManager checks = new JwtReactiveAuthenticationManager(new VerifiedReactiveTokens(decoder));
        roles.ifAvailable(checks::setJwtAuthenticationConverter);
        return authentication -> checks.authenticate(authentication).onErrorMap(IllegalStateException.class,
                keysMissing -> new AuthenticationServiceException("The issuer's keys could not be fetched", keysMissing));
    }

    private static ServerHttpSecurity common(ServerHttpSecurity http, ProblemResponses problems, CorsProperties cors,
            String contentSecurityPolicy) {
        return http
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .requestCache(cache -> cache.disable())
                .cors(c -> c.configurationSource(corsSource(cors)))
                .headers(headers -> headers
                        // written only on https; one year, as browsers' preload lists expect
                        .hsts(hsts -> hsts.maxAge(Duration.ofDays(365)).includeSubdomains(true))
                        .contentTypeOptions(options -> { })
                        .frameOptions(frames -> frames.mode(Mode.DENY))
                        .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        // services answer with their own caching (ETags of calendar feeds, If-Match): keep it
                        .cache(cache -> cache.disable()));
    }

    private static String origin(String uri) {
        URI parsed = URI.create(uri);
        return parsed.getScheme() + "://" + parsed.getAuthority();
    }

    private static CorsConfigurationSource corsSource(CorsProperties properties) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        if (properties.allowedOrigins().isEmpty()) {
            return source;
        }
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(properties.allowedOrigins());
        cors.setAllowedMethods(List.of("GET", "POST", "PATCH", "PUT", "DELETE"));
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "If-Match", "If-None-Match", "Idempotency-Key",
                "X-Request-Id", "traceparent", "tracestate"));
        cors.setExposedHeaders(List.of("ETag", "Location", "Retry-After", "X-Request-Id", "Idempotent-Replayed"));
        cors.setMaxAge(Duration.ofHours(1));
        source.registerCorsConfiguration("/api/**", cors);
        source.registerCorsConfiguration("/oauth2/token", cors);
        return source;
    }
}
