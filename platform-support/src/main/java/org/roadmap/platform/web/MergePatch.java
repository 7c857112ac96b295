package org.roadmap.platform.web;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads JSON merge-patch bodies (RFC 7396). They arrive as a {@link JsonNode}, so a controller can
 * tell an explicit {@code null} (remove) from an absent field (keep), and are read into a
 * validated request record; a field the record does not have is refused by name rather than
 * silently ignored, and so is {@code null} for a field that cannot be removed ({@link NotRemovable}).
 */
public final class MergePatch {

    private MergePatch() {
    }

    /** @throws InvalidInputException naming every unknown field, or every field that breaks its constraints */
    public static <T extends Record> T read(JsonMapper json, JsonNode body, Class<T> type) {
        InputErrors errors = new InputErrors();
        T request = read(json, body, type, errors);
        errors.throwIfAny();
        return request;
    }

    /**
     * The same, adding unknown fields and constraint violations to {@code errors} instead of throwing,
     * so that a service's own checks of the request can add theirs to the same problem.
     *
     * @return the request, or {@code null} when a field named none of the record's components
     * @throws InvalidInputException when the body is not an object or a value is not of its field's type
     */
    public static <T extends Record> T read(JsonMapper json, JsonNode body, Class<T> type, InputErrors errors) {
        if (body == null || !body.isObject()) {
            throw new InvalidInputException("body", "must be a JSON object");
        }
        Set<String> known = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        boolean unknown = false;
        for (String name : body.propertyNames()) {
            if (!known.contains(name)) {
                errors.add(name, "cannot be changed here; changeable fields are " + known);
                unknown = true;
            }
        }
        if (unknown) {
            return null;
        }
        T request;
        try {
            request = json.treeToValue(body, type);
        } catch (JacksonException e) {
            String field = e.getPath().isEmpty() || e.getPath().get(0).getPropertyName() == null ? "body"
                    : e.getPath().get(0).getPropertyName();
            throw new InvalidInputException(field, UnreadableBodies.describe(e, field));
        }
        for (RecordComponent component : type.getRecordComponents()) {
            JsonNode value = body.get(component.getName());
            if (value != null && value.isNull() && component.isAnnotationPresent(NotRemovable.class)) {
                errors.add(component.getName(), "cannot be removed; send a new value, or leave the field out to keep it");
            }
        }
        errors.validate(request);
        return request;
    }
}
