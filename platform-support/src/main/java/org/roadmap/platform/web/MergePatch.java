package org.roadmap.platform.web;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads JSON merge-patch bodies (RFC 7396). They arrive as a {@link JsonNode}, so a controller can
 * tell an explicit {@code null} (remove) from an absent field (keep), and are read into a
 * validated request record; a field the record does not have is refused by name rather than
 * silently ignored.
 */
public final class MergePatch {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private MergePatch() {
    }

    public static <T extends Record> T read(JsonMapper json, JsonNode body, Class<T> type) {
        if (body == null || !body.isObject()) {
            throw new InvalidInputException("body", "must be a JSON object");
        }
        Set<String> known = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toSet());
        for (String name : body.propertyNames()) {
            if (!known.contains(name)) {
                throw new InvalidInputException(name, "cannot be changed here; changeable fields are " + known);
            }
        }
        T request;
        try {
            request = json.treeToValue(body, type);
        } catch (JacksonException e) {
            String field = e.getPath().isEmpty() || e.getPath().get(0).getPropertyName() == null ? "body"
                    : e.getPath().get(0).getPropertyName();
            throw new InvalidInputException(field, UnreadableBodies.describe(e, field));
        }
        Set<ConstraintViolation<T>> violations = VALIDATOR.validate(request);
        if (!violations.isEmpty()) {
            ConstraintViolation<T> first = violations.iterator().next();
            throw new InvalidInputException(first.getPropertyPath().toString(), first.getMessage());
        }
        return request;
    }
}
