package org.roadmap.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import org.roadmap.platform.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Refusals raised inside controllers, answered before the platform's catch-all would turn them
 * into a 500: a service's own rule ({@link NotAllowedException}) or Spring Security's.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccessProblems {

    @ExceptionHandler(NotAllowedException.class)
    ResponseEntity<ProblemDetail> notAllowed(NotAllowedException e, HttpServletRequest request) {
        return Problems.answer(HttpStatus.FORBIDDEN, "Not allowed", "forbidden", e.getMessage(), request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e, HttpServletRequest request) {
        return Problems.answer(HttpStatus.FORBIDDEN, "Not allowed", "forbidden", "This token does not allow this request.",
                request);
    }
}
