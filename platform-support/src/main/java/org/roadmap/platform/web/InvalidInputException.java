package org.roadmap.platform.web;

import java.util.List;

/**
 * Input a client sent that the request's own checks refuse, naming the field, parameter or
 * header at fault (or the fields, when only their combination is wrong); answered with a 400 problem.
 */
public class InvalidInputException extends RuntimeException {

    private final List<String> fields;

    public InvalidInputException(String field, String message) {
        this(List.of(field), message);
    }

    /** Fields that are each fine alone but not together: the problem names every one of them. */
    public InvalidInputException(List<String> fields, String message) {
        super(message);
        this.fields = List.copyOf(fields);
    }

    public String field() {
        return String.join(" and ", fields);
    }

    public List<String> fields() {
        return fields;
    }
}
