package org.roadmap.gateway.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the gateway reaches the token issuer to check signatures.
 *
 * @param timeout how long to wait for the issuer's key set (or discovery) to connect and to answer;
 *                past it the request gets a 503 problem instead of waiting on a silent issuer
 */
@ConfigurationProperties("roadmap.gateway.issuer")
record IssuerProperties(@DefaultValue("5s") Duration timeout) {
}
