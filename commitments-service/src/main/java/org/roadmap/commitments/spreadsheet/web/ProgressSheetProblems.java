package org.roadmap.commitments.spreadsheet.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.roadmap.commitments.spreadsheet.InvalidSheetException;
import org.roadmap.platform.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A sheet that cannot be imported: one 400 listing every bad cell, as the platform's invalid input. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProgressSheetProblems {

    @ExceptionHandler(InvalidSheetException.class)
    ResponseEntity<ProblemDetail> invalidSheet(InvalidSheetException e, HttpServletRequest request) {
        List<Map<String, String>> errors = e.errors().stream()
                .map(error -> Map.of("field", error.field(), "message", error.message())).toList();
        String detail = e.truncated()
                ? "The sheet has at least " + errors.size() + " problems (checking stopped there); nothing was imported."
                : "The sheet has " + errors.size() + (errors.size() == 1 ? " problem" : " problems")
                        + "; nothing was imported.";
        ProblemDetail problem = Problems.invalidInput(detail, errors);
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.badRequest().body(problem);
    }
}
