package org.roadmap.notifications.web;


import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import org.roadmap.notifications.NotFoundException;
import org.roadmap.notifications.recipient.UserHasRecipientException;
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

    @ExceptionHandler(UserHasRecipientException.class)
    ResponseEntity<ProblemDetail> userHasRecipient(UserHasRecipientException e, HttpServletRequest request) {
        ResponseEntity<ProblemDetail> answer = Problems.answer(HttpStatus.CONFLICT, "Recipient exists",
                "recipient-exists", e.getMessage(), request);
        return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders())
                .location(URI.create("/api/v1/recipients/" + e.recipientId())).body(answer.getBody());
    }
}
