package org.roadmap.meetings.series.web;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.roadmap.platform.web.InvalidInputException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads merge-patch bodies, which arrive as a {@link JsonNode} so that an explicit {@code null}
 * can be told from an absent field, into validated request records; and parses durations.
 */
final class Requests {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private Requests() {
    }

    static <T> T read(JsonMapper json, JsonNode body, Class<T> type) {
        if (body == null || !body.isObject()) {
            throw new InvalidInputException("body", "must be a JSON object");
        }
        Set<String> known = java.util.Arrays.stream(type.getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName).collect(java.util.stream.Collectors.toSet());
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
            throw new InvalidInputException(field, "cannot be read: " + e.getOriginalMessage());
        }
        Set<ConstraintViolation<T>> violations = VALIDATOR.validate(request);
        if (!violations.isEmpty()) {
            ConstraintViolation<T> first = violations.iterator().next();
            throw new InvalidInputException(first.getPropertyPath().toString(), first.getMessage());
        }
        return request;
    }

    /** An ISO 8601 duration of a meeting, in whole minutes: {@code PT4H}, {@code PT90M}, {@code P2D}. */
    static Integer minutes(String field, String iso) {
        if (iso == null) {
            return null;
        }
        Duration duration;
        try {
            duration = Duration.parse(iso.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be an ISO 8601 duration such as PT4H or PT90M");
        }
        if (duration.isNegative() || duration.isZero() || duration.compareTo(Duration.ofDays(14)) > 0
                || duration.toSeconds() % 60 != 0) {
            throw new InvalidInputException(field, "must be whole minutes, more than none and at most 14 days");
        }
        return (int) duration.toMinutes();
    }
}
