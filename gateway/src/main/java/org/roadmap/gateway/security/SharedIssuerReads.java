package org.roadmap.gateway.security;

import java.net.URI;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;

import reactor.core.publisher.Mono;

/**
 * Requests that need the issuer's key set (or its discovery document) while it is being fetched wait for that one
 * fetch. Spring Security's reactive key source fetches once per request that finds no keys yet, so a just-started
 * gateway met by many people at once sent the issuer one fetch each; past its connection pool's queue they failed
 * and the people were told sign-in was unavailable.
 */
final class SharedIssuerReads implements ExchangeFilterFunction {

    private final ConcurrentMap<URI, Mono<Read>> inFlight = new ConcurrentHashMap<>();

    @Override
    public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
        if (!HttpMethod.GET.equals(request.method())) {
            return next.exchange(request);
        }
        return Mono.defer(() -> inFlight.computeIfAbsent(request.url(), url -> read(request, next)))
                .map(Read::response);
    }

    private Mono<Read> read(ClientRequest request, ExchangeFunction next) {
        return next.exchange(request)
                .flatMap(response -> response.bodyToMono(String.class).defaultIfEmpty("")
                        .map(body -> new Read(response.statusCode(), response.headers().asHttpHeaders(), body)))
                // the next request after this one is answered reads again, as Spring Security asks it to
                .doFinally(ended -> inFlight.remove(request.url()))
                .cache();
    }

    /** What the issuer answered, handed to each request that waited for it. */
    private record Read(HttpStatusCode status, HttpHeaders headers, String body) {

        ClientResponse response() {
            return ClientResponse.create(status).headers(copy -> copy.addAll(headers)).body(body).build();
        }
    }
}
