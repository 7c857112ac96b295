package org.roadmap.gateway.problem;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;

import reactor.core.publisher.Mono;

/**
 * Every error the gateway itself raises (no route, an unreadable request, a body over the limit, a
 * bug) answers as a problem; a 5xx never tells more than its status, and the cause goes to the log.
 * Runs before Boot's error handler, which would answer in its own JSON shape.
 */
@Component
@Order(-2)
class ProblemErrorHandler implements WebExceptionHandler {

    private static final Log log = LogFactory.getLog(ProblemErrorHandler.class);

    private final ProblemResponses problems;

    ProblemErrorHandler(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        if (unreachable(error)) {
            // a route without a circuit breaker (the inbox's live stream) whose service is down
            return problems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", "Service unavailable",
                    "The service behind this path is down or did not answer in time; retry later.",
                    headers -> headers.set(HttpHeaders.RETRY_AFTER, "10"));
        }
        HttpStatusCode code = error instanceof ResponseStatusException e ? e.getStatusCode() : HttpStatus.INTERNAL_SERVER_ERROR;
        HttpStatus status = HttpStatus.resolve(code.value()) == null ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.valueOf(code.value());
        String detail;
        if (status.is5xxServerError()) {
            log.error("Request " + exchange.getRequest().getMethod() + " " + exchange.getRequest().getPath() + " failed", error);
            detail = "The gateway could not answer this request. Quote the requestId when you report it.";
        } else {
            detail = error instanceof ResponseStatusException e && e.getReason() != null ? e.getReason() : status.getReasonPhrase();
        }
        String type = switch (status.value()) {
            case 401 -> "unauthorized";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 413 -> "request-too-large";
            case 415 -> "unsupported-media-type";
            case 406 -> "not-acceptable";
            default -> status.is5xxServerError() ? "gateway-error" : "bad-request";
        };
        // the title the gateway's other sign-in answers give this type
        String title = status == HttpStatus.UNAUTHORIZED ? "Sign-in needed" : status.getReasonPhrase();
        return problems.write(exchange, status, type, title, detail, headers -> { });
    }

    private static boolean unreachable(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.net.ConnectException || cause instanceof java.util.concurrent.TimeoutException
                    || cause instanceof io.netty.channel.ConnectTimeoutException) {
                return true;
            }
        }
        return false;
    }
}
