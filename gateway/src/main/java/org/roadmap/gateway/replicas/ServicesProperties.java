package org.roadmap.gateway.replicas;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the services are: each domain service's replicas, as a comma-separated list of base URLs (one
 * behind a Kubernetes Service or in docker-compose, one per replica with the launcher's
 * {@code --replicas}), and the token issuer's.
 */
@ConfigurationProperties("roadmap.gateway.services")
public record ServicesProperties(List<URI> commitments, List<URI> meetings, List<URI> notifications, URI identity) {

    public ServicesProperties {
        commitments = List.copyOf(commitments);
        meetings = List.copyOf(meetings);
        notifications = List.copyOf(notifications);
    }

    /** The replicas of each service the routes name with {@code lb://}, by service id. */
    Map<String, List<URI>> replicas() {
        return Map.of("commitments-service", commitments, "meetings-service", meetings,
                "notifications-service", notifications);
    }
}
