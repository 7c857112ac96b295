package org.roadmap.gateway.security;

import java.time.Duration;
import java.util.List;

import org.roadmap.gateway.problem.ProblemResponses;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.config.web.server.ServerHttpSecurity;
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

/**
 * The gateway refuses missing and bad tokens early; the services decide what a valid token may do
 * (docs/adr/0006), so the token travels on unchanged. Two chains only because Swagger UI needs
 * inline styles that the dashboard's policy forbids.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** The dashboard loads only its own files and calls only its own origin: no inline script, no framing. */
    static final String DASHBOARD_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
            + " frame-ancestors 'none'";

    /** Swagger UI sets style attributes from script and draws icons from data: URIs. */
    static final String SWAGGER_UI_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
            + " frame-ancestors 'none'";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityWebFilterChain swaggerUi(ServerHttpSecurity http, ProblemResponses problems, CorsProperties cors) {
        http.securityMatcher(ServerWebExchangeMatchers.pathMatchers("/swagger-ui.html", "/swagger-ui/**", "/webjars/**"));
        return common(http, problems, cors, SWAGGER_UI_POLICY)
                .authorizeExchange(exchanges -> exchanges.anyExchange().permitAll())
                .build();
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 1)
    SecurityWebFilterChain frontDoor(ServerHttpSecurity http, ProblemResponses problems, CorsProperties cors,
            ReactiveJwtDecoder decoder, ObjectProvider<ReactiveJwtAuthenticationConverter> roles) {
        ProblemSecurityAnswers answers = new ProblemSecurityAnswers(problems);
        return common(http, problems, cors, DASHBOARD_POLICY)
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(HttpMethod.OPTIONS, "/api/**").permitAll()
                        .pathMatchers("/api/**").authenticated()
                        .pathMatchers("/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus")
                        .permitAll()
                        .pathMatchers("/actuator/**").hasRole("admin")
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
        JwtReactiveAuthenticationManager checks = new JwtReactiveAuthenticationManager(decoder);
        roles.ifAvailable(checks::setJwtAuthenticationConverter);
        return authentication -> checks.authenticate(authentication).onErrorMap(IllegalStateException.class,
                keysMissing -> new AuthenticationServiceException("The issuer's keys could not be fetched", keysMissing));
    }

    private static ServerHttpSecurity common(ServerHttpSecurity http, ProblemResponses problems, CorsProperties cors,
            String contentSecurityPolicy) {
        return http
                // tokens travel in a header, never in cookies: nothing for a forged cross-site request to ride on
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
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
