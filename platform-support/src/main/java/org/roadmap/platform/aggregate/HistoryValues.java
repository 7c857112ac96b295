package org.roadmap.platform.aggregate;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * History keeps plain JSON values (strings, numbers, booleans, lists and maps of them), so an entry
 * reads back exactly as it was written whatever the store: dates and instants as ISO 8601 text,
 * records as maps of their components. Typed payloads (records) go in and come out through here, so
 * the code that writes a change and the code that reads it share one type, not string keys.
 */
public final class HistoryValues {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private HistoryValues() {
    }

    /** {@code value} as a plain JSON value. */
    public static Object of(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        return JSON.convertValue(value, Object.class);
    }

    /**
     * The fields of a record as a map of plain JSON values, in declaration order, without the absent ones; the
     * entries of a map as they are (a {@code null} there says a field was removed).
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> fields(Object payload) {
        if (payload == null) {
            return null;
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        if (payload instanceof Map<?, ?> map) {
            map.forEach((key, value) -> fields.put(String.valueOf(key), of(value)));
        } else {
            ((Map<String, Object>) JSON.convertValue(payload, Map.class)).forEach((key, value) -> {
                if (value != null) {
                    fields.put(key, value);
                }
            });
        }
        return fields;
    }

    /** {@code fields} read back as {@code type}; absent fields are {@code null}, fields it does not have are left. */
    public static <T> T read(Map<String, Object> fields, Class<T> type) {
        return fields == null ? null : JSON.convertValue(fields, type);
    }
}
