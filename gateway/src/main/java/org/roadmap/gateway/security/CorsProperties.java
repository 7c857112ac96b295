package org.roadmap.gateway.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Browser origins other than the gateway's own that may call the API, e.g. another ministry's
 * portal. None by default: the dashboard is served from the same origin and needs no CORS.
 */
@ConfigurationProperties("roadmap.gateway.cors")
record CorsProperties(@DefaultValue List<String> allowedOrigins) {
}
