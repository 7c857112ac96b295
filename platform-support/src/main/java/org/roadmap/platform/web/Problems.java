package org.roadmap.platform.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** Problem types of the platform, documented under {@code /problems/} of the API docs. */
public final class Problems {

    private Problems() {
    }

    public static URI type(String name) {
        return URI.create("/problems/" + name);
    }

    /** An answer of the service's own rules: status, a short title, a type under /problems/, the detail. */
    public static ResponseEntity<ProblemDetail> answer(HttpStatus status, String title, String type, String detail,
            HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(type(type));
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(status).body(problem);
    }

    /** A 400 listing each field at fault as {@code {"field": …, "message": …}} under {@code errors}. */
    public static ProblemDetail invalidInput(String detail, List<Map<String, String>> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid input");
        problem.setType(type("invalid-input"));
        problem.setProperty("errors", errors);
        return problem;
    }
}
