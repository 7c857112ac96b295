package org.roadmap.identity.config;

import java.time.Clock;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;

/** Where the issuer keeps what it issued: in memory, until it expires ({@link ExpiringAuthorizations}). */
@Configuration(proxyBeanMethods = false)
class AuthorizationsConfiguration {

    /** Also counted as {@code roadmap_identity_authorizations} on {@code /actuator/prometheus}. */
    @Bean
    OAuth2AuthorizationService authorizationService(MeterRegistry meters) {
        ExpiringAuthorizations authorizations = new ExpiringAuthorizations(Clock.systemUTC());
        Gauge.builder("roadmap.identity.authorizations", authorizations, ExpiringAuthorizations::size)
                .description("Authorizations with unexpired tokens the issuer keeps in memory").register(meters);
        return authorizations;
    }
}
