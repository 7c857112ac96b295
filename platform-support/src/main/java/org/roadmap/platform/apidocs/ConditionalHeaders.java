package org.roadmap.platform.apidocs;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.roadmap.platform.web.IdempotencyKey;
import org.roadmap.platform.web.IfMatch;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

/**
 * Says what the request headers that make a change safe take and mean, wherever an operation reads them:
 * {@code If-Match} (RFC 9110: the ETag last read; another version is a 412) and {@code Idempotency-Key}
 * (a retry with the same key answers what the first request did). Whether an operation requires
 * {@code If-Match} its handler says ({@code @Parameter(required = true)}), which is when a change without
 * it is a 428.
 */
public class ConditionalHeaders implements GlobalOpenApiCustomizer {

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
            if (operation.getParameters() != null) {
                operation.getParameters().stream().filter(p -> "header".equals(p.getIn())).forEach(this::describe);
            }
        }));
    }

    private void describe(Parameter header) {
        if (IfMatch.HEADER.equalsIgnoreCase(header.getName())) {
            header.description("The ETag of the version last read, e.g. \"3\" (RFC 9110): a change to a version that"
                    + " is no longer current answers 412 with the current ETag")
                    .schema(new StringSchema().pattern(IfMatch.FORM).example(IfMatch.etag(3)));
        } else if (IdempotencyKey.HEADER.equalsIgnoreCase(header.getName())) {
            header.description("A key of the client's choosing, e.g. a UUID, that makes a retry safe: the same key"
                    + " with the same request answers what the first one did, once; with another request, 422")
                    .schema(new StringSchema().minLength(1).maxLength(IdempotencyKey.MAX_LENGTH)
                            .pattern(IdempotencyKey.FORM)
                            .example("5f0c2d9e-4b1a-4f7e-9a57-3c2e0d1b8a64"));
        }
    }
}
