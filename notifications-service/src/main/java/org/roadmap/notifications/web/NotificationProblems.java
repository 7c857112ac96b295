package org.roadmap.notifications.web;

import org.roadmap.platform.web.IfMatch;
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
        return Problems.answer(HttpStatus.NOT_FOUND, "Not found", "not-found", e.getMessage(), request);
    }

    @ExceptionHandler(StaleVersionException.class)
    ResponseEntity<ProblemDetail> stale(StaleVersionException e, HttpServletRequest request) {
        ResponseEntity<ProblemDetail> answer = Problems.answer(HttpStatus.PRECONDITION_FAILED, "Changed meanwhile",
                "stale-version", e.getMessage(), request);
        return ResponseEntity.status(answer.getStatusCode()).eTag(IfMatch.etag(e.currentVersion()))
                .body(answer.getBody());
    }

    @ExceptionHandler(IdempotencyKeyReusedException.class)
    ResponseEntity<ProblemDetail> keyReused(RuntimeException e, HttpServletRequest request) {
        return Problems.answer(HttpStatus.UNPROCESSABLE_CONTENT, "Idempotency-Key reused", "idempotency-key-reused",
                e.getMessage(), request);
    }
}
