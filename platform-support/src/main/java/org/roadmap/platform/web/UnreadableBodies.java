package org.roadmap.platform.web;

import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Says what is wrong with a request body a client can act on — malformed JSON and where, or
 * which field has the wrong kind of value — without passing on the parser's own message, which
 * names the server's Java types.
 */
public final class UnreadableBodies {

    private UnreadableBodies() {
    }

    public static String describe(JacksonException e, String field) {
        if (e instanceof UnrecognizedPropertyException) {
            return "'" + field + "' is not a field of this resource.";
        }
        if (e instanceof MismatchedInputException mismatch && !field.isEmpty()) {
            return "'" + field + "' must be " + expected(mismatch.getTargetType()) + ".";
        }
        if (e instanceof StreamReadException) {
            TokenStreamLocation at = e.getLocation();
            return at == null || at.getLineNr() < 0 ? "The request body is not well-formed JSON."
                    : "The request body is not well-formed JSON (line " + at.getLineNr() + ", column "
                            + at.getColumnNr() + ").";
        }
        return field.isEmpty() ? "The request body cannot be read as this resource."
                : "'" + field + "' has a value this resource cannot take.";
    }

    /** How a client would describe the value a field takes. */
    static String expected(Class<?> type) {
        if (type == null) {
            return "a value of another kind";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == LocalDate.class) {
            return "a date such as 2025-11-17";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "a date and time such as 2025-11-17T09:00:00Z";
        }
        if (type == String.class || type.isEnum()) {
            return "text";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "an object";
        }
        return "an object with the documented fields";
    }
}
