package org.roadmap.platform.web;

import java.util.List;

/**
 * Input a client sent that the request's own checks refuse, naming each field, parameter or header
 * at fault (or the fields, when only their combination is wrong); answered with a 400 problem whose
 * {@code errors} list every one of them. {@link InputErrors} collects them from several checks.
 */
public class InvalidInputException extends RuntimeException {

    /** One thing wrong: the field, parameter or header, and what is wrong with it. */
    public record FieldError(String field, String message) {
    }

    private final List<FieldError> errors;

    public InvalidInputException(String field, String message) {
        this(List.of(field), message);
    }

    /** Fields that are each fine alone but not together: the problem names every one of them. */
    public InvalidInputException(List<String> fields, String message) {
        super(message);
        this.errors = fields.stream().map(field -> new FieldError(field, message)).toList();
    }

    /** Several things wrong at once, each with its own message. */
    public InvalidInputException(List<FieldError> errors) {
        super(errors.isEmpty() ? "invalid input" : errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public String field() {
        return String.join(" and ", fields());
    }

    public List<String> fields() {
        return errors.stream().map(FieldError::field).distinct().toList();
    }

    public List<FieldError> errors() {
        return errors;
    }
}
