package org.roadmap.gateway.limits;

import java.net.InetSocketAddress;

import org.roadmap.gateway.problem.ProblemResponses;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * Requests per client and route: a signed-in client is counted by its token's {@code sub} (the
 * security filters have checked the token by now), anyone else by address. Over the limit: 429
 * with {@code Retry-After}.
 */
@Component
class RateLimitFilter implements GlobalFilter, Ordered {

    private final LimitsProperties limits;
    private final ProblemResponses problems;
    private final RateLimiter limiter;

    RateLimitFilter(LimitsProperties limits, ProblemResponses problems, RateLimiter limiter) {
        this.limits = limits;
        this.problems = problems;
        this.limiter = limiter;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        String routeId = route == null ? null : route.getId();
        LimitsProperties.Limits limit = limits.of(routeId);
        return client(exchange).flatMap(client -> limiter.take(routeId + " " + client, limit.requestsPerSecond(),
                limit.burst())).flatMap(decision -> {
            if (decision.allowed()) {
                return chain.filter(exchange);
            }
            return problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests",
                    "More than " + limit.burst() + " requests at once or " + limit.requestsPerSecond()
                            + " per second on this part of the API; retry after " + decision.retryAfterSeconds() + " s.",
                    headers -> headers.set(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds())));
        });
    }

    private static Mono<String> client(ServerWebExchange exchange) {
        return exchange.getPrincipal()
                .filter(p -> p instanceof Authentication a && a.isAuthenticated())
                .map(p -> "sub:" + p.getName())
                .switchIfEmpty(Mono.fromSupplier(() -> {
                    InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
                    return "address:" + (remote == null ? "unknown" : remote.getAddress() == null
                            ? remote.getHostString() : remote.getAddress().getHostAddress());
                }));
    }

    @Override
    public int getOrder() {
        // after the route is chosen, before the circuit breaker and the proxy
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}
