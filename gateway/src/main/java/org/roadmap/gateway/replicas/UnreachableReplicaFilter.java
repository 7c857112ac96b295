package org.roadmap.gateway.replicas;

import java.net.ConnectException;
import java.net.URI;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.ReactiveLoadBalancerClientFilter;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/** Marks the replica the load balancer chose as unreachable when the request could not connect to it. */
@Component
class UnreachableReplicaFilter implements GlobalFilter, Ordered {

    private final UnreachableReplicas unreachable;

    UnreachableReplicaFilter(UnreachableReplicas unreachable) {
        this.unreachable = unreachable;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return chain.filter(exchange).doOnError(error -> {
            URI replica = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_REQUEST_URL_ATTR);
            if (replica != null && notConnected(error)) {
                unreachable.markDown(replica);
            }
        });
    }

    private static boolean notConnected(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int getOrder() {
        // right after the load balancer has put the chosen replica's address on the request
        return ReactiveLoadBalancerClientFilter.LOAD_BALANCER_CLIENT_FILTER_ORDER + 1;
    }
}
