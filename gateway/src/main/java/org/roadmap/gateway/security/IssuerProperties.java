package org.roadmap.gateway.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The token issuer, as the gateway checks its tokens and sends people to it to sign in.
 *
 * @param uri     the issuer URI: every token's {@code iss} must be exactly this, and browsers reach
 *                the issuer's login page under it (the back channel goes to {@code roadmap.gateway.services.identity})
 * @param timeout how long to wait for the issuer's key set (or discovery) to connect and to answer;
 *                past it the request gets a 503 problem instead of waiting on a silent issuer
 */
@ConfigurationProperties("roadmap.gateway.issuer")
record IssuerProperties(@DefaultValue("http://localhost:8084") String uri, @DefaultValue("5s") Duration timeout) {

    IssuerProperties {
        uri = uri.replaceAll("/+$", "");
    }
}
