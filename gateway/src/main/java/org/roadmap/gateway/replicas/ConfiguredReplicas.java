package org.roadmap.gateway.replicas;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.cloud.client.DefaultServiceInstance;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.discovery.ReactiveDiscoveryClient;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;

/**
 * The load balancer's view of each service: its configured replicas, less those a request found
 * unreachable within the last {@link UnreachableReplicas#DOWN_FOR} (all of them when every one was).
 * The load balancer asks at each request (its cache is off), so a replica is skipped from the next
 * request on and tried again once that time has passed.
 */
@Component
class ConfiguredReplicas implements ReactiveDiscoveryClient {

    private final Map<String, List<ServiceInstance>> instances = new LinkedHashMap<>();
    private final UnreachableReplicas unreachable;

    ConfiguredReplicas(ServicesProperties services, UnreachableReplicas unreachable) {
        this.unreachable = unreachable;
        services.replicas().forEach((service, urls) -> {
            List<ServiceInstance> replicas = new ArrayList<>();
            for (URI url : urls) {
                boolean secure = "https".equalsIgnoreCase(url.getScheme());
                int port = url.getPort() > 0 ? url.getPort() : secure ? 443 : 80;
                replicas.add(new DefaultServiceInstance(service + "@" + url.getHost() + ":" + port, service,
                        url.getHost(), port, secure));
            }
            instances.put(service, List.copyOf(replicas));
        });
    }

    @Override
    public String description() {
        return "the services' replicas configured in roadmap.gateway.services";
    }

    @Override
    public Flux<ServiceInstance> getInstances(String serviceId) {
        List<ServiceInstance> all = instances.getOrDefault(serviceId, List.of());
        if (unreachable.none()) {
            return Flux.fromIterable(all);
        }
        List<ServiceInstance> reachable = all.stream().filter(replica -> !unreachable.isDown(replica.getUri())).toList();
        return Flux.fromIterable(reachable.isEmpty() ? all : reachable);
    }

    @Override
    public Flux<String> getServices() {
        return Flux.fromIterable(instances.keySet());
    }
}
