package org.roadmap.platform.web;

/**
 * Input a client sent that the request's own checks refuse, naming the field, parameter or
 * header at fault; answered with a 400 problem.
 */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
