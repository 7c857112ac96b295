package org.roadmap.commitments.commitment.web;


import jakarta.servlet.http.HttpServletRequest;
import org.roadmap.commitments.commitment.CommitmentNotFoundException;
import org.roadmap.commitments.commitment.UnknownMilestoneException;
import org.roadmap.commitments.commitment.UnknownProgressReportException;
import org.roadmap.platform.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The problems of commitments' own rules, as RFC 9457 answers. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CommitmentProblems {

    @ExceptionHandler({CommitmentNotFoundException.class, UnknownMilestoneException.class,
            UnknownProgressReportException.class})
    ResponseEntity<ProblemDetail> notFound(RuntimeException e, HttpServletRequest request) {
        return Problems.answer(HttpStatus.NOT_FOUND, "Not found", "not-found", e.getMessage(), request);
    }
}
