package org.roadmap.gateway.replicas;

import java.io.IOException;
import java.net.ConnectException;
import java.util.Set;
import java.util.concurrent.TimeoutException;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.cloud.gateway.filter.factory.RetryGatewayFilterFactory;
import org.springframework.cloud.gateway.filter.factory.RetryGatewayFilterFactory.RetryConfig;
import org.springframework.cloud.gateway.support.HasRouteId;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;

/**
 * {@code SafeRetry}: sends a request again, at once and to the next replica, when doing so cannot apply it
 * twice. A request that could not connect never reached a replica, so it is retried whatever its method.
 * One that failed later (the replica died while answering, no answer in time) is retried only when
 * repeating it is harmless: an idempotent method (RFC 9110 §9.2.2) or an {@code Idempotency-Key}, which
 * the services answer a second time from what the first did. Answers, 5xx included, are never retried.
 */
@Component
class SafeRetryGatewayFilterFactory extends AbstractGatewayFilterFactory<SafeRetryGatewayFilterFactory.Config> {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private static final Set<HttpMethod> IDEMPOTENT = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
            HttpMethod.PUT, HttpMethod.DELETE);

    private final RetryGatewayFilterFactory retry;

    SafeRetryGatewayFilterFactory(RetryGatewayFilterFactory retry) {
        super(Config.class);
        this.retry = retry;
    }

    /** @param retries how many more attempts after the first; one per other replica is enough */
    public static class Config implements HasRouteId {

        private int retries = 2;
        private String routeId;

        public int getRetries() {
            return retries;
        }

        public void setRetries(int retries) {
            this.retries = retries;
        }

        @Override
        public void setRouteId(String routeId) {
            this.routeId = routeId;
        }

        @Override
        public String getRouteId() {
            return routeId;
        }
    }

    @Override
    public GatewayFilter apply(Config config) {
        GatewayFilter anyFailure = retry.apply(retryOn(config, IOException.class, TimeoutException.class));
        GatewayFilter notConnected = retry.apply(retryOn(config, ConnectException.class));
        return (exchange, chain) -> (repeatable(exchange.getRequest()) ? anyFailure : notConnected)
                .filter(exchange, chain);
    }

    static boolean repeatable(ServerHttpRequest request) {
        return IDEMPOTENT.contains(request.getMethod()) || request.getHeaders().containsHeader(IDEMPOTENCY_KEY);
    }

    @SafeVarargs
    private static RetryConfig retryOn(Config config, Class<? extends Throwable>... failures) {
        RetryConfig retryConfig = new RetryConfig().allMethods().setRetries(config.getRetries()).setSeries()
                .setStatuses(new HttpStatus[0]).setExceptions(failures);
        retryConfig.setRouteId(config.getRouteId());
        return retryConfig;
    }
}
