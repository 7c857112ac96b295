package org.roadmap.platform.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Problem types of the platform, documented under {@code /problems/} of the API docs. */
public final class Problems {

    private Problems() {
    }

    public static URI type(String name) {
        return URI.create("/problems/" + name);
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
