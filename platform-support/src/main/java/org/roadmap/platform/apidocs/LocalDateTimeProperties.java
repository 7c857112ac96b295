package org.roadmap.platform.apidocs;

import java.lang.reflect.Type;
import java.time.LocalDateTime;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.PropertyCustomizer;

/**
 * A wall-clock date and time ({@link LocalDateTime}: a recurrence's first start, a meeting's recurrence id)
 * has no offset, so it is not the {@code date-time} format (RFC 3339), which a generated client parses as
 * an instant and fails on: it is documented as a string of its own pattern.
 */
public class LocalDateTimeProperties implements PropertyCustomizer {

    static final String PATTERN = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?$";

    @Override
    @SuppressWarnings("rawtypes")
    public Schema customize(Schema property, AnnotatedType type) {
        if (property != null && rawClass(type.getType()) == LocalDateTime.class
                && "date-time".equals(property.getFormat())) {
            property.setFormat(null);
            property.setPattern(PATTERN);
            if (property.getDescription() == null) {
                property.setDescription("A wall-clock date and time without offset, e.g. 2027-10-15T14:00:00,"
                        + " in the zone the resource names");
            }
        }
        return property;
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        return type instanceof JavaType javaType ? javaType.getRawClass() : null;
    }
}
