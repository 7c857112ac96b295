package org.roadmap.gateway.security;

import org.roadmap.gateway.problem.ProblemResponses;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;

/**
 * Spring Security's firewall at the front door, as the services have it: a method no operation has
 * ({@code QUERY}, {@code TRACE}, a made-up one) goes on to the service, which answers 405 with the
 * path's methods, instead of a bare 400; what the firewall does refuse (an encoded {@code /}, a
 * control character in the path) is a 400 problem like every other refusal.
 */
@Configuration(proxyBeanMethods = false)
class RequestFirewall {

    @Bean
    ServerWebExchangeFirewall anyMethodToTheServices() {
        StrictServerWebExchangeFirewall firewall = new StrictServerWebExchangeFirewall();
        firewall.setUnsafeAllowAnyHttpMethod(true);
        return firewall;
    }

    @Bean
    ServerExchangeRejectedHandler refusalsAsProblems(ProblemResponses problems) {
        return (exchange, rejected) -> problems.write(exchange, HttpStatus.BAD_REQUEST, "malformed-request",
                "Malformed request", "The request's address contains characters refused for safety (e.g. an encoded"
                        + " '/' or '%', a ';', a quote or a line break).", headers -> { });
    }
}
