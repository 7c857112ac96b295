package org.roadmap.platform.apidocs;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.RecordComponent;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;

import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;

/**
 * Documents the Bean Validation constraints of a request record's fields as the service applies them,
 * where swagger-core says less or otherwise:
 * <ul>
 * <li>{@code @NotBlank} with {@code @Size(max = …)} is at least one character long ({@code minLength: 1}),
 * not the {@code minLength: 0} that the size's default minimum writes over it; in a list too
 * ({@code List<@NotBlank String>});</li>
 * <li>an {@code @Email} is {@code format: email};</li>
 * <li>a {@code @Pattern} matches the whole value, where a JSON Schema {@code pattern} may match anywhere in
 * it: the pattern is anchored ({@code ^(?:…)$});</li>
 * <li>a {@code @Pattern} that only lists words ({@code on-track|at-risk|off-track}) is a value list: an
 * {@code enum}, which generated clients turn into a type of their own.</li>
 * </ul>
 * It corrects the model once swagger-core has resolved it whole, as swagger-core writes the constraints
 * after a property customiser would see them.
 */
public class ConstraintProperties implements ModelConverter {

    private static final Pattern WORDS = Pattern.compile("\\^?([A-Za-z0-9-]+(?:\\|[A-Za-z0-9-]+)+)\\$?");
    private static final String COMPONENTS = "#/components/schemas/";

    @Override
    @SuppressWarnings("rawtypes")
    public Schema resolve(io.swagger.v3.core.converter.AnnotatedType type, ModelConverterContext context,
            Iterator<ModelConverter> chain) {
        Schema resolved = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
        Class<?> raw = type.getType() == null ? null : Json.mapper().constructType(type.getType()).getRawClass();
        if (resolved == null || raw == null || !raw.isRecord()) {
            return resolved;
        }
        Schema model = resolved.get$ref() != null && resolved.get$ref().startsWith(COMPONENTS)
                ? context.getDefinedModels().get(resolved.get$ref().substring(COMPONENTS.length())) : resolved;
        if (model != null && model.getProperties() != null) {
            for (RecordComponent component : raw.getRecordComponents()) {
                correct((Schema) model.getProperties().get(component.getName()), component);
            }
        }
        return resolved;
    }

    @SuppressWarnings("rawtypes")
    private static void correct(Schema property, RecordComponent component) {
        if (property == null) {
            return;
        }
        try {
            // constraints on a record component are written to its field
            correct(property, component.getDeclaringRecord().getDeclaredField(component.getName()).getAnnotations());
        } catch (NoSuchFieldException cannotHappen) {
            return;
        }
        AnnotatedType declared = component.getAnnotatedType();
        if (property.getItems() != null && declared instanceof AnnotatedParameterizedType list
                && list.getAnnotatedActualTypeArguments().length == 1) {
            correct(property.getItems(), list.getAnnotatedActualTypeArguments()[0].getAnnotations());
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void correct(Schema property, Annotation[] annotations) {
        if (!isString(property)) {
            return;
        }
        for (Annotation annotation : annotations) {
            if ((annotation instanceof NotBlank || annotation instanceof NotEmpty)
                    && (property.getMinLength() == null || property.getMinLength() < 1)) {
                property.setMinLength(1);
            } else if (annotation instanceof Email && property.getFormat() == null) {
                property.setFormat("email");
            } else if (annotation instanceof jakarta.validation.constraints.Pattern pattern) {
                var words = WORDS.matcher(pattern.regexp());
                if (words.matches()) {
                    property.setPattern(null);
                    property.setEnum(List.of(words.group(1).split("\\|")));
                } else {
                    property.setPattern(anchored(pattern.regexp()));
                }
            }
        }
    }

    static String anchored(String regexp) {
        return regexp.startsWith("^") && regexp.endsWith("$") ? regexp : "^(?:" + regexp + ")$";
    }

    @SuppressWarnings("rawtypes")
    private static boolean isString(Schema property) {
        return "string".equals(property.getType())
                || property.getTypes() != null && property.getTypes().contains("string");
    }
}
