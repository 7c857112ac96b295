package org.roadmap.platform.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.roadmap.platform.aggregate.ConcurrentChangeException;
import org.roadmap.platform.aggregate.IdempotencyKeyReusedException;
import org.roadmap.platform.aggregate.StaleVersionException;
import org.roadmap.platform.aggregate.TransitionRefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;

/**
 * Turns every exception into an RFC 9457 problem: the framework's own (404, 405, 415, bad
 * parameters) through {@link ResponseEntityExceptionHandler}, plus unreadable JSON and failed
 * validation with the fields at fault, storage outages as 503, and anything unexpected as a
 * 500 that reveals nothing of the server's internals.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(ProblemDetailsAdvice::fieldError).toList();
        ProblemDetail problem = Problems.invalidInput("The request has invalid fields.", errors);
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> Map.of("field", result.getMethodParameter().getParameterName() == null ? ""
                                : result.getMethodParameter().getParameterName(),
                                "message", String.valueOf(error.getDefaultMessage()))))
                .toList();
        ProblemDetail problem = Problems.invalidInput("The request has invalid parameters.", errors);
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        RequestSizeLimit.RequestTooLargeException tooLarge = tooLarge(ex);
        if (tooLarge != null) {
            return handleExceptionInternal(ex, tooLargeProblem(tooLarge), headers, HttpStatus.CONTENT_TOO_LARGE, request);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, unreadableDetail(ex));
        problem.setTitle("Unreadable request body");
        problem.setType(Problems.type("unreadable-body"));
        if (ex.getCause() instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            problem.setProperty("errors", List.of(Map.of("field", fieldPath(jackson), "message",
                    UnreadableBodies.describe(jackson, fieldPath(jackson)))));
        }
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /** A body sent in chunks that grew past the limit while it was read, outside a message converter. */
    @ExceptionHandler(RequestSizeLimit.RequestTooLargeException.class)
    ResponseEntity<ProblemDetail> requestTooLarge(RequestSizeLimit.RequestTooLargeException ex,
            HttpServletRequest request) {
        return respond(tooLargeProblem(ex), request);
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalidInput(InvalidInputException ex, HttpServletRequest request) {
        String detail = ex.fields().size() == 1 ? "The request has an invalid " + ex.field() + "."
                : "The request's " + ex.field() + " do not go together.";
        return respond(Problems.invalidInput(detail,
                ex.fields().stream().map(field -> Map.of("field", field, "message", ex.getMessage())).toList()),
                request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(org.springframework.beans.TypeMismatchException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = ex.getPropertyName() == null ? "parameter" : ex.getPropertyName();
        String expected = ex.getRequiredType() == null ? "another type" : ex.getRequiredType().getSimpleName();
        ProblemDetail problem = Problems.invalidInput("The request has an invalid " + field + ".",
                List.of(Map.of("field", field, "message", "must be a valid " + expected)));
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @ExceptionHandler(IfMatch.PreconditionRequiredException.class)
    ResponseEntity<ProblemDetail> preconditionRequired(IfMatch.PreconditionRequiredException ex,
            HttpServletRequest request) {
        return Problems.answer(HttpStatus.PRECONDITION_REQUIRED, "If-Match required", "if-match-required",
                ex.getMessage(), request);
    }

    @ExceptionHandler(StaleVersionException.class)
    ResponseEntity<ProblemDetail> stale(StaleVersionException ex, HttpServletRequest request) {
        ResponseEntity<ProblemDetail> answer = Problems.answer(HttpStatus.PRECONDITION_FAILED, "Changed meanwhile",
                "stale-version", ex.getMessage(), request);
        return ResponseEntity.status(answer.getStatusCode()).eTag(IfMatch.etag(ex.currentVersion())).body(answer.getBody());
    }

    @ExceptionHandler(TransitionRefusedException.class)
    ResponseEntity<ProblemDetail> refused(TransitionRefusedException ex, HttpServletRequest request) {
        ResponseEntity<ProblemDetail> answer = Problems.answer(HttpStatus.UNPROCESSABLE_CONTENT, "Change not allowed",
                "transition-refused", ex.getMessage(), request);
        answer.getBody().setProperty("errors", List.of(Map.of("field", ex.field(), "message", ex.getMessage())));
        return answer;
    }

    @ExceptionHandler(IdempotencyKeyReusedException.class)
    ResponseEntity<ProblemDetail> keyReused(IdempotencyKeyReusedException ex, HttpServletRequest request) {
        return Problems.answer(HttpStatus.UNPROCESSABLE_CONTENT, "Idempotency-Key reused", "idempotency-key-reused",
                ex.getMessage(), request);
    }

    @ExceptionHandler(ConcurrentChangeException.class)
    ResponseEntity<ProblemDetail> busy(ConcurrentChangeException ex, HttpServletRequest request) {
        ResponseEntity<ProblemDetail> answer = Problems.answer(HttpStatus.CONFLICT, "Busy", "concurrent-change",
                ex.getMessage(), request);
        return ResponseEntity.status(HttpStatus.CONFLICT).header(HttpHeaders.RETRY_AFTER, "1").body(answer.getBody());
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<ProblemDetail> conflict(DuplicateKeyException ex, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "The resource already exists.");
        problem.setTitle("Conflict");
        problem.setType(Problems.type("conflict"));
        return respond(problem, request);
    }

    @ExceptionHandler({DataAccessResourceFailureException.class, QueryTimeoutException.class})
    ResponseEntity<ProblemDetail> storageUnavailable(RuntimeException ex, HttpServletRequest request) {
        log.warn("Storage unavailable for {} {}: {}", request.getMethod(), request.getRequestURI(), ex.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The service's database is not reachable right now; nothing was changed. Try again shortly.");
        problem.setTitle("Service unavailable");
        problem.setType(Problems.type("storage-unavailable"));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                .body(withInstance(problem, request));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex, HttpServletRequest request) {
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), ex);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "An unexpected error occurred. It has been logged with this request's trace id.");
        problem.setTitle("Internal error");
        return respond(problem, request);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail problem && problem.getInstance() == null
                && request instanceof ServletWebRequest servlet) {
            problem.setInstance(URI.create(servlet.getRequest().getRequestURI()));
        }
        return super.handleExceptionInternal(ex, body, headers, statusCode, request);
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem, HttpServletRequest request) {
        return ResponseEntity.status(problem.getStatus()).body(withInstance(problem, request));
    }

    private static ProblemDetail withInstance(ProblemDetail problem, HttpServletRequest request) {
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }

    private static Map<String, String> fieldError(FieldError error) {
        return Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage()));
    }

    private static RequestSizeLimit.RequestTooLargeException tooLarge(Throwable ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestSizeLimit.RequestTooLargeException tooLarge) {
                return tooLarge;
            }
        }
        return null;
    }

    private static ProblemDetail tooLargeProblem(RequestSizeLimit.RequestTooLargeException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, ex.getMessage());
        problem.setTitle("Request too large");
        problem.setType(Problems.type("request-too-large"));
        return problem;
    }

    private static String unreadableDetail(HttpMessageNotReadableException ex) {
        if (ex.getCause() instanceof JacksonException jackson) {
            return UnreadableBodies.describe(jackson, fieldPath(jackson));
        }
        return "The request body is missing or not readable.";
    }

    private static String fieldPath(JacksonException jackson) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : jackson.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
