package org.roadmap.notifications.web;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.roadmap.platform.web.InvalidInputException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads merge-patch bodies, which arrive as a {@link JsonNode} so that an explicit {@code null}
 * can be told from an absent field, into validated request records.
 */
public final class Requests {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private Requests() {
    }

    public static <T> T read(JsonMapper json, JsonNode body, Class<T> type) {
        if (body == null || !body.isObject()) {
            throw new InvalidInputException("body", "must be a JSON object");
        }
        if (type.isRecord()) {
            Set<String> known = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                    .collect(Collectors.toSet());
            for (String name : body.propertyNames()) {
                if (!known.contains(name)) {
                    throw new InvalidInputException(name, "cannot be changed here; changeable fields are " + known);
                }
            }
        }
        T request;
        try {
            request = json.treeToValue(body, type);
        } catch (JacksonException e) {
            String field = e.getPath().isEmpty() || e.getPath().get(0).getPropertyName() == null ? "body"
                    : e.getPath().get(0).getPropertyName();
            throw new InvalidInputException(field, "cannot be read: " + e.getOriginalMessage());
        }
        validate(request);
        return request;
    }

    public static <T> void validate(T request) {
        Set<ConstraintViolation<T>> violations = VALIDATOR.validate(request);
        if (!violations.isEmpty()) {
            ConstraintViolation<T> first = violations.iterator().next();
            throw new InvalidInputException(first.getPropertyPath().toString(), first.getMessage());
        }
    }
}
