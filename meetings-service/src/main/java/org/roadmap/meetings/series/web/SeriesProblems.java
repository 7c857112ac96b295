package org.roadmap.meetings.series.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.roadmap.meetings.series.OccurrenceNotFoundException;
import org.roadmap.meetings.series.ScheduleRejectedException;
import org.roadmap.meetings.series.SeriesNotFoundException;
import org.roadmap.platform.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The problems of meeting series' own rules, as RFC 9457 answers. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class SeriesProblems {

    @ExceptionHandler({SeriesNotFoundException.class, OccurrenceNotFoundException.class})
    ResponseEntity<ProblemDetail> notFound(RuntimeException e, HttpServletRequest request) {
        return Problems.answer(HttpStatus.NOT_FOUND, "Not found", "not-found", e.getMessage(), request);
    }

    @ExceptionHandler(ScheduleRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(ScheduleRejectedException e, HttpServletRequest request) {
        ProblemDetail problem = Problems.invalidInput("The request has an invalid " + e.field() + ".",
                List.of(Map.of("field", e.field(), "message", e.getMessage())));
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.badRequest().body(problem);
    }
}
