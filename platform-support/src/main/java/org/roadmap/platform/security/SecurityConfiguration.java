package org.roadmap.platform.security;

import java.util.List;

import org.roadmap.platform.tokens.VerifiedTokens;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.JwkSetUriJwtDecoderBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every servlet service with the resource-server starter is a JWT resource server (docs/adr/0006):
 * {@code /api/**} needs a valid token issued for the platform's audience, and changes need the
 * write scope (except on a service's personal paths, see {@link SecurityProperties}); health (details
 * for operators only), metrics for Prometheus and the API documentation stay open; the actuator's
 * other endpoints are for operators. The token is checked against
 * {@code spring.security.oauth2.resourceserver.jwt.*} (Boot's decoder, remembering the tokens it accepted for
 * a few minutes: {@link VerifiedTokens}). Bearer tokens only, so no sessions and no CSRF protection, which
 * guards cookies.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(name = "org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter")
@EnableWebSecurity
@EnableConfigurationProperties(SecurityProperties.class)
public class SecurityConfiguration {

    static final String[] OPEN = {"/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus",
            "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html", "/swagger-ui/**", "/error"};

    /** Who may read the actuator's other endpoints (metrics): operators and the working group. */
    static final String[] OPERATOR_AUTHORITIES = {"ROLE_operator", "ROLE_" + Caller.ADMIN};

    @Bean
    SecurityFilterChain roadmapSecurityFilterChain(HttpSecurity http, SecurityProperties properties,
            ObjectProvider<JwtDecoder> decoders) {
        RefusalResponses refusals = new RefusalResponses();
        List<String> openPaths = properties.openPaths();
        http.authorizeHttpRequests(requests -> {
            requests.requestMatchers(OPEN).permitAll();
            requests.requestMatchers("/actuator/**").hasAnyAuthority(OPERATOR_AUTHORITIES);
            if (!openPaths.isEmpty()) {
                requests.requestMatchers(HttpMethod.GET, openPaths.toArray(String[]::new)).permitAll();
            }
            List<String> personalPaths = properties.personalPaths();
            if (!personalPaths.isEmpty()) {
                // the service checks the caller owns what is changed; a reading token suffices
                requests.requestMatchers(personalPaths.toArray(String[]::new)).authenticated();
            }
            for (HttpMethod write : List.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE)) {
                // the scope, not the role: a token asked for with scope=roadmap.read only reads (the service's
                // rule, role and ownership, applies on top)
                requests.requestMatchers(write, "/api/**").hasAuthority("SCOPE_" + Caller.WRITE_SCOPE);
            }
            requests.anyRequest().authenticated();
        })
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> {
                            // Boot's decoder, for the issuer or key it is configured with
                            JwtDecoder decoder = decoders.getIfAvailable();
                            if (decoder != null) {
                                jwt.decoder(new VerifiedTokens(decoder));
                            }
                            jwt.jwtAuthenticationConverter(authenticationConverter());
                        })
                        .withObjectPostProcessor(new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {
                            @Override
                            public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
                                filter.setAuthenticationFailureHandler(refusals);
                                return filter;
                            }
                        })
                        .authenticationEntryPoint(refusals)
                        .accessDeniedHandler(refusals))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(refusals).accessDeniedHandler(refusals))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable());
        return http.build();
    }

    /**
     * Sign-ins and authorisation decisions stay observed; the observation of each filter of the chain at every
     * request (a span around the chain, and an event and a counter per filter) does not: it was a sixth of the CPU
     * of a small read (docs/adr/0012), for metrics and spans nothing reads. The request itself stays observed as
     * {@code http.server.requests}, with its trace.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.withDefaults().shouldObserveRequests(false).build();
    }

    /** The firewall's refusals (an encoded '/', a ';' …) as problems; Spring Security picks this bean up. */
    @Bean
    RequestRejectedHandler problemForRejectedRequests() {
        return new RefusalResponses();
    }

    /**
     * Tokens must be issued for this platform: Boot's decoder adds this check to the signature,
     * expiry and issuer checks, so a token the same OIDC provider issued for another application
     * (whatever its roles) is a 401.
     */
    @Bean
    OAuth2TokenValidator<Jwt> roadmapAudience(SecurityProperties properties) {
        String audience = properties.audience();
        OAuth2Error notOurs = new OAuth2Error("invalid_token",
                "The token is not issued for this platform: its audience (aud) must include " + audience, null);
        return token -> token.getAudience() != null && token.getAudience().contains(audience)
                ? OAuth2TokenValidatorResult.success() : OAuth2TokenValidatorResult.failure(notOurs);
    }

    @Bean
    AccessProblems accessProblems() {
        return new AccessProblems();
    }

    @Bean
    WebMvcConfigurer callerParameters() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CallerArgumentResolver());
            }
        };
    }

    private static JwtAuthenticationConverter authenticationConverter() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(new TokenAuthorities());
        return converter;
    }

    /**
     * The key set and discovery fetched with time limits: Spring Security's default client waits
     * forever, so a silent issuer would hang every signed-in request.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet"
            + ".JwkSetUriJwtDecoderBuilderCustomizer")
    static class IssuerTimeouts {

        @Bean
        JwkSetUriJwtDecoderBuilderCustomizer issuerWithTimeouts(SecurityProperties properties) {
            SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
            requests.setConnectTimeout(properties.issuerTimeout());
            requests.setReadTimeout(properties.issuerTimeout());
            RestTemplate issuer = new RestTemplate(requests);
            return builder -> builder.restOperations(issuer);
        }
    }

    /**
     * The API documents say which token each call needs (so Swagger UI offers to send one) and leave out
     * the caller, which is not a request parameter clients send.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springdoc.core.utils.SpringDocUtils")
    static class DocumentedSignIn {

        DocumentedSignIn() {
            SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
        }

        @Bean
        GlobalOpenApiCustomizer bearerTokens(SecurityProperties properties) {
            return new DocumentedScopes(properties);
        }
    }
}
