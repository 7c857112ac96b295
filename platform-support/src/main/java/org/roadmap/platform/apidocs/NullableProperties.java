package org.roadmap.platform.apidocs;

import java.lang.annotation.Annotation;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.oas.models.media.Schema;
import jakarta.annotation.Nullable;
import io.swagger.v3.oas.models.OpenAPI;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.PropertyCustomizer;

/**
 * A property marked {@link Nullable} (on a record component: a field the service answers as {@code null}
 * when it has no value) admits {@code null} in the API document: its type list gains {@code "null"}, a
 * reference becomes "the referenced schema or null". Every other property is documented as never null,
 * and the contract test holds the services to it.
 */
public class NullableProperties implements PropertyCustomizer, GlobalOpenApiCustomizer {

    /**
     * The model a nullable reference points at is resolved in the property's context, where swagger-core
     * reads the same {@code @Nullable} and types the shared model as {@code "null"}: it is an object.
     */
    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
            return;
        }
        for (Schema model : openApi.getComponents().getSchemas().values()) {
            if (model.getProperties() != null && model.getTypes() != null && model.getTypes().contains("null")) {
                Set<String> types = new LinkedHashSet<>(model.getTypes());
                types.remove("null");
                types.add("object");
                model.setTypes(types);
            }
        }
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Schema customize(Schema property, AnnotatedType type) {
        if (property == null || type.getCtxAnnotations() == null || !nullable(type.getCtxAnnotations())) {
            return property;
        }
        return orNull(property);
    }

    /** {@code property} admitting {@code null} too: a reference as "it or null", a typed one with "null" added. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static Schema orNull(Schema property) {
        if (property.get$ref() != null) {
            Schema either = new Schema<>();
            either.setOneOf(List.of(new Schema<>().$ref(property.get$ref()), nullSchema()));
            either.setDescription(property.getDescription());
            return either;
        }
        Set<String> types = new LinkedHashSet<>();
        if (property.getTypes() != null) {
            types.addAll(property.getTypes());
        } else if (property.getType() != null) {
            types.add(property.getType());
        }
        if (types.isEmpty() || types.contains("object") || property.getProperties() != null) {
            // a model being resolved, shared by every property of its type: its reference is handled above
            return property;
        }
        types.add("null");
        property.setTypes(types);
        return property;
    }

    private static boolean nullable(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof Nullable) {
                return true;
            }
        }
        return false;
    }

    @SuppressWarnings("rawtypes")
    private static Schema nullSchema() {
        Schema none = new Schema<>();
        none.setTypes(Set.of("null"));
        return none;
    }
}
