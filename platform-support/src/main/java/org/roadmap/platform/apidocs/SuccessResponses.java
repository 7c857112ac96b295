package org.roadmap.platform.apidocs;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.roadmap.platform.web.IfMatch;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.web.method.HandlerMethod;

/**
 * The success an operation really answers, where it is not the 200 the document would guess from the
 * method's return type: 201 with {@code Location} ({@link Creates}), 204 ({@link AnswersNoContent}); and
 * the {@code ETag} a changed, created or read resource comes with ({@link AnswersWithETag}), to send back in
 * {@code If-Match}.
 */
public class SuccessResponses implements OperationCustomizer {

    private static final Header LOCATION = new Header().description("Where what was created is read")
            .schema(new StringSchema().format("uri-reference"));
    private static final Header ETAG = new Header().description("Its version, to send in If-Match")
            .schema(new StringSchema());

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        ApiResponses responses = operation.getResponses();
        if (responses == null) {
            return operation;
        }
        ApiResponse ok = responses.get("200");
        Creates creates = handler.getMethodAnnotation(Creates.class);
        if (creates != null && ok != null) {
            ApiResponse created = new ApiResponse().description("Created").content(ok.getContent());
            if (creates.location()) {
                created.addHeaderObject("Location", LOCATION);
            }
            if (creates.etag()) {
                created.addHeaderObject("ETag", ETAG);
            }
            responses.addApiResponse("201", created);
            if (creates.again().isEmpty()) {
                responses.remove("200");
            } else {
                ok.description(creates.again());
                if (creates.location()) {
                    ok.addHeaderObject("Location", LOCATION);
                }
                if (creates.etag()) {
                    ok.addHeaderObject("ETag", ETAG);
                }
            }
        }
        boolean ifMatch = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> "header".equals(p.getIn()) && IfMatch.HEADER.equalsIgnoreCase(p.getName()));
        if ((ifMatch || handler.hasMethodAnnotation(AnswersWithETag.class)) && responses.get("200") != null) {
            responses.get("200").addHeaderObject("ETag", ETAG);
        }
        if (handler.hasMethodAnnotation(AnswersNoContent.class)) {
            responses.remove("200");
            responses.addApiResponse("204", new ApiResponse().description("Done; nothing to answer"));
        }
        return operation;
    }
}
