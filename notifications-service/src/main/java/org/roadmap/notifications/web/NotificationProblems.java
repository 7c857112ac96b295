package org.roadmap.notifications.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import org.roadmap.notifications.NotFoundException;
import org.roadmap.notifications.StaleVersionException;
import org.roadmap.notifications.IdempotencyKeyReusedException;
import org.roadmap.platform.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The problems of notifications' own rules, as RFC 9457 answers. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class NotificationProblems {

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(RuntimeException e, HttpServletRequest request) {
        return answer(HttpStatus.NOT_FOUND, "Not found", "not-found", e.getMessage(), request);
    }

    @ExceptionHandler(StaleVersionException.class)
    ResponseEntity<ProblemDetail> stale(StaleVersionException e, HttpServletRequest request) {
        ResponseEntity<ProblemDetail> answer = answer(HttpStatus.PRECONDITION_FAILED, "Changed meanwhile",
                "stale-version", e.getMessage(), request);
        return ResponseEntity.status(answer.getStatusCode()).eTag(Preconditions.etag(e.currentVersion()))
                .body(answer.getBody());
    }

    @ExceptionHandler(Preconditions.PreconditionRequiredException.class)
    ResponseEntity<ProblemDetail> preconditionRequired(RuntimeException e, HttpServletRequest request) {
        return answer(HttpStatus.PRECONDITION_REQUIRED, "If-Match required", "if-match-required", e.getMessage(),
                request);
    }

    @ExceptionHandler(IdempotencyKeyReusedException.class)
    ResponseEntity<ProblemDetail> keyReused(RuntimeException e, HttpServletRequest request) {
        return answer(HttpStatus.UNPROCESSABLE_CONTENT, "Idempotency-Key reused", "idempotency-key-reused",
                e.getMessage(), request);
    }

    private static ResponseEntity<ProblemDetail> answer(HttpStatus status, String title, String type, String detail,
            HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(Problems.type(type));
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(status).body(problem);
    }
}
