package org.roadmap.platform.apidocs;

import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import org.roadmap.platform.web.NotRemovable;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.MethodParameter;
import org.springframework.web.method.HandlerMethod;

/**
 * Documents a {@link MergePatchBody} as what it is: {@code application/merge-patch+json} with the fields of
 * its type, instead of the JSON tree class the handler reads it as. A field a patch may remove admits
 * {@code null}, which removes it (RFC 7396); one marked {@link NotRemovable} does not. Nothing is required
 * in a patch: a type that a creation sends with required fields is documented for the patch as
 * {@code <Name>Patch} without them.
 */
public class MergePatchBodies implements OperationCustomizer, GlobalOpenApiCustomizer {

    static final String MERGE_PATCH_JSON = "application/merge-patch+json";

    @SuppressWarnings("rawtypes")
    private final Map<String, Schema> models = new ConcurrentHashMap<>();

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        for (MethodParameter parameter : handler.getMethodParameters()) {
            MergePatchBody patch = parameter.getParameterAnnotation(MergePatchBody.class);
            if (patch != null) {
                ResolvedSchema resolved = ModelConverters.getInstance(true)
                        .readAllAsResolvedSchema(new AnnotatedType(patch.value()).resolveAsRef(false));
                String name = patch.value().getSimpleName();
                if (resolved.schema.getRequired() != null && !resolved.schema.getRequired().isEmpty()) {
                    // a type that a creation sends whole: as a patch, every field of it may be left out
                    name = name.replaceFirst("Request$", "") + "Patch";
                    resolved.schema.setRequired(null);
                    resolved.schema.setName(name);
                }
                removable(resolved.schema, patch.value());
                models.put(name, resolved.schema);
                resolved.referencedSchemas.forEach(models::putIfAbsent);
                Schema<?> fields = new Schema<>().$ref("#/components/schemas/" + name);
                // application/json too: the operations read a plain JSON object the same way
                operation.setRequestBody(new RequestBody().required(true).description("A JSON merge patch (RFC 7396):"
                        + " a field left out stays as it is; null removes a field that may be absent and is refused"
                        + " for one that may not").content(new Content()
                        .addMediaType(MERGE_PATCH_JSON, new MediaType().schema(fields))
                        .addMediaType("application/json", new MediaType().schema(fields))));
            }
        }
        return operation;
    }

    /** RFC 7396: {@code null} removes a field, so one a patch may remove admits it; a {@link NotRemovable} one not. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void removable(Schema model, Class<?> type) {
        if (model.getProperties() == null || !type.isRecord()) {
            return;
        }
        Map<String, Schema> properties = model.getProperties();
        for (RecordComponent component : type.getRecordComponents()) {
            Schema property = properties.get(component.getName());
            if (property != null && !component.isAnnotationPresent(NotRemovable.class)) {
                properties.put(component.getName(), NullableProperties.orNull(property));
            }
        }
    }

    @Override
    public void customise(OpenAPI openApi) {
        Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        models.forEach((name, schema) -> {
            if (components.getSchemas() == null || !components.getSchemas().containsKey(name)) {
                components.addSchemas(name, schema);
            }
        });
        openApi.components(components);
    }
}
