package org.roadmap.commitments.commitment.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.roadmap.commitments.commitment.CommitmentNotFoundException;
import org.roadmap.commitments.commitment.ConcurrentChangeException;
import org.roadmap.commitments.commitment.IdempotencyKeyReusedException;
import org.roadmap.commitments.commitment.StaleVersionException;
import org.roadmap.commitments.commitment.TransitionRefusedException;
import org.roadmap.commitments.commitment.UnknownMilestoneException;
import org.roadmap.platform.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The problems of commitments' own rules, as RFC 9457 answers. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CommitmentProblems {

    @ExceptionHandler({CommitmentNotFoundException.class, UnknownMilestoneException.class})
    ResponseEntity<ProblemDetail> notFound(RuntimeException e, HttpServletRequest request) {
        return Problems.answer(HttpStatus.NOT_FOUND, "Not found", "not-found", e.getMessage(), request);
    }

    @ExceptionHandler(StaleVersionException.class)
    ResponseEntity<ProblemDetail> stale(StaleVersionException e, HttpServletRequest request) {
        ResponseEntity<ProblemDetail> answer = Problems.answer(HttpStatus.PRECONDITION_FAILED, "Changed meanwhile",
                "stale-version", e.getMessage(), request);
        return ResponseEntity.status(answer.getStatusCode()).eTag("\"" + e.currentVersion() + "\"")
                .body(answer.getBody());
    }

    @ExceptionHandler(TransitionRefusedException.class)
    ResponseEntity<ProblemDetail> refused(TransitionRefusedException e, HttpServletRequest request) {
        ResponseEntity<ProblemDetail> answer = Problems.answer(HttpStatus.UNPROCESSABLE_CONTENT, "Change not allowed",
                "transition-refused", e.getMessage(), request);
        answer.getBody().setProperty("errors", List.of(Map.of("field", e.field(), "message", e.getMessage())));
        return answer;
    }

    @ExceptionHandler(IdempotencyKeyReusedException.class)
    ResponseEntity<ProblemDetail> keyReused(RuntimeException e, HttpServletRequest request) {
        return Problems.answer(HttpStatus.UNPROCESSABLE_CONTENT, "Idempotency-Key reused", "idempotency-key-reused",
                e.getMessage(), request);
    }

    @ExceptionHandler(ConcurrentChangeException.class)
    ResponseEntity<ProblemDetail> busy(RuntimeException e, HttpServletRequest request) {
        ResponseEntity<ProblemDetail> answer = Problems.answer(HttpStatus.CONFLICT, "Busy", "concurrent-change", e.getMessage(),
                request);
        return ResponseEntity.status(HttpStatus.CONFLICT).header(HttpHeaders.RETRY_AFTER, "1").body(answer.getBody());
    }
}
