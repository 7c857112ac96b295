package org.roadmap.gateway.limits;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of each route (by route id), falling back field by field to {@code defaults}.
 *
 * @param defaults    what a route without its own value gets
 * @param routes      per route id; any field left out is taken from {@code defaults}
 * @param sharedStore a MongoDB connection string (with its database) where every gateway replica counts
 *                    the same requests; empty: each replica counts in its own memory
 */
@ConfigurationProperties("roadmap.gateway.limits")
record LimitsProperties(@DefaultValue Limits defaults, @DefaultValue Map<String, Limits> routes,
        @DefaultValue("") String sharedStore) {

    /**
     * @param requestsPerSecond sustained requests per client (token {@code sub}, else client address)
     * @param burst             requests a client may send at once before the sustained rate applies
     * @param maxRequestSize    largest request body accepted
     */
    record Limits(Double requestsPerSecond, Integer burst, DataSize maxRequestSize) {
    }

    Limits of(String routeId) {
        Limits route = routeId == null ? null : routes.get(routeId);
        if (route == null) {
            return complete(defaults);
        }
        return complete(new Limits(
                route.requestsPerSecond() != null ? route.requestsPerSecond() : defaults.requestsPerSecond(),
                route.burst() != null ? route.burst() : defaults.burst(),
                route.maxRequestSize() != null ? route.maxRequestSize() : defaults.maxRequestSize()));
    }

    private static Limits complete(Limits limits) {
        return new Limits(limits.requestsPerSecond() != null ? limits.requestsPerSecond() : 20.0,
                limits.burst() != null ? limits.burst() : 60,
                limits.maxRequestSize() != null ? limits.maxRequestSize() : DataSize.ofMegabytes(1));
    }
}
