package org.roadmap.platform.storage;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a request waits for MongoDB before it is answered 503. The driver's own defaults (30 s
 * to find a server, no read timeout) would hold a request, and its thread, far longer than any
 * client waits; these make an outage a prompt, clear refusal instead.
 *
 * @param serverSelectionTimeout how long to wait for a reachable server
 * @param connectTimeout         how long to wait for a connection to open
 * @param readTimeout            how long to wait for an answer on an open connection
 */
@ConfigurationProperties("roadmap.storage")
public record StorageProperties(
        @DefaultValue("3s") Duration serverSelectionTimeout,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("15s") Duration readTimeout) {
}
