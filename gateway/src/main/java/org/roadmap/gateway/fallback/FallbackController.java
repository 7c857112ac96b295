package org.roadmap.gateway.fallback;

import java.net.URI;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/**
 * The circuit breakers' fallback: an RFC 9457 problem with 503 and {@code Retry-After}, naming
 * the service, instead of a bare gateway error.
 */
@RestController
class FallbackController {

    @RequestMapping("/fallback/{service}")
    ResponseEntity<ProblemDetail> unavailable(@PathVariable String service, ServerWebExchange exchange) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                service + " is down or did not answer in time. A write may or may not have been applied:"
                        + " retry it with the same Idempotency-Key, or read the resource first.");
        problem.setTitle("Service unavailable");
        problem.setType(URI.create("/problems/service-unavailable"));
        problem.setProperty("service", service);
        String original = exchange.getAttribute(OriginalPathFilter.ATTRIBUTE);
        if (original != null) {
            problem.setInstance(URI.create(original));
        }
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "10")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
