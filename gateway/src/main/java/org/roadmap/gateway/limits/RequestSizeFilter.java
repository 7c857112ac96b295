package org.roadmap.gateway.limits;

import java.util.concurrent.atomic.AtomicLong;

import org.roadmap.gateway.problem.ProblemResponses;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses bodies over the route's limit with 413: by {@code Content-Length} before anything is
 * sent on, and for chunked bodies by counting while they stream.
 */
@Component
class RequestSizeFilter implements GlobalFilter, Ordered {

    private final LimitsProperties limits;
    private final ProblemResponses problems;

    RequestSizeFilter(LimitsProperties limits, ProblemResponses problems) {
        this.limits = limits;
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        long max = limits.of(route == null ? null : route.getId()).maxRequestSize().toBytes();
        long declared = exchange.getRequest().getHeaders().getContentLength();
        if (declared > max) {
            return problems.write(exchange, HttpStatus.CONTENT_TOO_LARGE, "request-too-large", "Request too large",
                    "The body has " + declared + " bytes; this part of the API accepts at most " + max + ".", h -> { });
        }
        if (declared >= 0) {
            return chain.filter(exchange);
        }
        AtomicLong seen = new AtomicLong();
        ServerHttpRequest counted = new ServerHttpRequestDecorator(exchange.getRequest()) {
            @Override
            public Flux<DataBuffer> getBody() {
                return super.getBody().doOnNext(buffer -> {
                    if (seen.addAndGet(buffer.readableByteCount()) > max) {
                        throw new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE,
                                "The body is larger than the " + max + " bytes this part of the API accepts.");
                    }
                });
            }
        };
        return chain.filter(exchange.mutate().request(counted).build());
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 11;
    }
}
