package org.roadmap.commitments.roadmap.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.roadmap.commitments.roadmap.RoadMapDocumentException;
import org.roadmap.commitments.roadmap.RoadMapNotFoundException;
import org.roadmap.platform.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Problems of road map documents and lookups. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RoadMapProblems {

    @ExceptionHandler(RoadMapDocumentException.class)
    ResponseEntity<ProblemDetail> unreadable(RoadMapDocumentException e, HttpServletRequest request) {
        ProblemDetail problem = Problems.invalidInput("The document is not a road map this service can import: "
                + e.getMessage(), List.of(Map.of("field", e.line() > 0 ? "body line " + e.line() : "body",
                "message", e.getMessage())));
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(RoadMapNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(RoadMapNotFoundException e, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        problem.setType(Problems.type("not-found"));
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }
}
