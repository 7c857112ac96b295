package org.roadmap.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

/**
 * Collects what is wrong with a request across its checks (bean validation and a service's own), so
 * that one 400 problem names every field at fault: a client fixes them all at once instead of
 * hearing of the next one only after fixing the first.
 */
public final class InputErrors {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    private static final Pattern CONTAINER_ELEMENT = Pattern.compile("\\.?<[a-z ]+>");

    private final List<InvalidInputException.FieldError> errors = new ArrayList<>();

    /**
     * Adds the bean-validation violations of {@code request}, each under its property path as Spring
     * names a field ({@code commitments[1]}, not {@code commitments[1].<list element>}).
     */
    public InputErrors validate(Object request) {
        for (ConstraintViolation<Object> violation : VALIDATOR.validate(request)) {
            add(CONTAINER_ELEMENT.matcher(violation.getPropertyPath().toString()).replaceAll(""), violation.getMessage());
        }
        return this;
    }

    public void add(String field, String message) {
        errors.add(new InvalidInputException.FieldError(field, message));
    }

    /** Runs a check that throws {@link InvalidInputException}; collects what it says and returns {@code null} then. */
    public <T> T check(Supplier<T> check) {
        try {
            return check.get();
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    /**
     * Parses a field's value with a parser that refuses it by {@link IllegalArgumentException} (an
     * enum's {@code ofCode}, say); collects the refusal under {@code field} and returns {@code null} then.
     */
    public <T> T parse(String field, Supplier<T> parser) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            add(field, e.getMessage());
            return null;
        }
    }

    /** The same as {@link #check(Supplier)}, for a check without a result. */
    public void check(Runnable check) {
        check(() -> {
            check.run();
            return null;
        });
    }

    /** Whether something is already wrong with {@code field}, so that checks built on it can be left out. */
    public boolean has(String field) {
        return errors.stream().anyMatch(error -> error.field().equals(field) || error.field().startsWith(field + "."));
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** @throws InvalidInputException naming everything collected, if anything was */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors.stream().distinct().toList());
        }
    }
}
