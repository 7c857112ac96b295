package org.roadmap.platform.web;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import tools.jackson.databind.json.JsonMapper;

/** Problem types of the platform, documented under {@code /problems/} of the API docs. */
public final class Problems {

    private static final JsonMapper JSON = JsonMapper.builder().build();

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

    /**
     * Writes a problem straight to a servlet response, for answers given before Spring MVC (filters,
     * Spring Security's handlers): {@code type}, {@code title}, {@code status}, {@code detail},
     * {@code instance} unless a 400, then {@code properties} (e.g. {@code errors}).
     */
    public static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type,
            String title, String detail, Map<String, Object> properties) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", type(type).toString());
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        if (status != HttpStatus.BAD_REQUEST) {
            problem.put("instance", request.getRequestURI());
        }
        problem.putAll(properties);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), problem);
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
