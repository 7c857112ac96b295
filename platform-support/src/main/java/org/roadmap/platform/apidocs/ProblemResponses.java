package org.roadmap.platform.apidocs;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.roadmap.platform.web.IfMatch;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

/**
 * Adds to every operation the problems the platform answers for it (RFC 9457,
 * {@code application/problem+json}, one shared {@code Problem} schema whose {@code errors} name every
 * field at fault), by what the operation has: every call can be malformed (400), unauthenticated (401),
 * forbidden (403), name something there is none of (404) or meet an outage (503); one with a body
 * can send too much (413) or the wrong media type (415); a change can lose to other writers (409) or be
 * refused by a rule (422); {@code If-Match} can be stale (412) or, where it is required, missing (428); an
 * {@code Idempotency-Key} can be reused for something else (422). What the gateway answers itself
 * (429, its own 401, 413 and 503) it adds to the documents it serves.
 */
public class ProblemResponses implements GlobalOpenApiCustomizer {

    static final String PROBLEM_JSON = "application/problem+json";
    static final String PROBLEM = "Problem";
    static final String FIELD_ERROR = "FieldError";

    private record Rule(String status, String description, Predicate<Call> applies, Map<String, Header> headers) {
    }

    /** An operation as the rules look at it. */
    private record Call(PathItem.HttpMethod method, String path, Operation operation) {

        boolean hasHeader(String name) {
            List<Parameter> parameters = operation.getParameters();
            return parameters != null && parameters.stream()
                    .anyMatch(p -> "header".equals(p.getIn()) && name.equalsIgnoreCase(p.getName()));
        }

        boolean requiresHeader(String name) {
            List<Parameter> parameters = operation.getParameters();
            return parameters != null && parameters.stream().anyMatch(p -> "header".equals(p.getIn())
                    && name.equalsIgnoreCase(p.getName()) && Boolean.TRUE.equals(p.getRequired()));
        }

        boolean changes() {
            return method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        }
    }

    private static final Header RETRY_AFTER = new Header().description("Seconds to wait before trying again")
            .schema(new IntegerSchema());
    private static final Header ETAG = new Header().description("The current version, to send in If-Match")
            .schema(new StringSchema());

    private static final List<Rule> RULES = List.of(
            new Rule("400", "Invalid input: a parameter, header or body field is invalid; `errors` names each",
                    call -> true, Map.of()),
            new Rule("401", "No valid access token", call -> true, Map.of()),
            new Rule("403", "The token's role, organisation or scopes do not allow this", call -> true, Map.of()),
            new Rule("404", "Not found, or not visible to this caller: what the path, the body or the caller names",
                    call -> true, Map.of()),
            new Rule("409", "Other writers kept changing it meanwhile, or it exists already; try again",
                    Call::changes, Map.of("Retry-After", RETRY_AFTER)),
            new Rule("412", "If-Match names a version that is no longer current; ETag says the current one",
                    call -> call.hasHeader(IfMatch.HEADER), Map.of("ETag", ETAG)),
            new Rule("413", "The body is larger than the service accepts",
                    call -> call.operation().getRequestBody() != null, Map.of()),
            new Rule("415", "The body's media type is not one the operation reads",
                    call -> call.operation().getRequestBody() != null, Map.of()),
            new Rule("422", "Refused by a rule of the road map, or the Idempotency-Key was used for another request",
                    Call::changes, Map.of()),
            new Rule("428", "If-Match is required to change it", call -> call.requiresHeader(IfMatch.HEADER), Map.of()),
            new Rule("503", "Storage or the broker is unavailable; try again after Retry-After", call -> true,
                    Map.of("Retry-After", RETRY_AFTER)));

    @Override
    public void customise(OpenAPI openApi) {
        Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        openApi.components(components.addSchemas(FIELD_ERROR, fieldError()).addSchemas(PROBLEM, problem()));
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            Call call = new Call(method, path, operation);
            ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
            for (Rule rule : RULES) {
                if (rule.applies().test(call) && !responses.containsKey(rule.status())) {
                    responses.addApiResponse(rule.status(), problemResponse(rule));
                }
            }
            operation.setResponses(responses);
        }));
    }

    private static ApiResponse problemResponse(Rule rule) {
        ApiResponse response = new ApiResponse().description(rule.description()).content(new Content()
                .addMediaType(PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref("#/components/schemas/"
                        + PROBLEM))));
        rule.headers().forEach(response::addHeaderObject);
        return response;
    }

    @SuppressWarnings("rawtypes")
    private static Schema problem() {
        return new ObjectSchema().description("A problem (RFC 9457)")
                .addProperty("type", new StringSchema().format("uri-reference")
                        .description("What kind of problem; a URI of the platform's problem types"))
                .addProperty("title", new StringSchema().description("A short summary of the kind"))
                .addProperty("status", new IntegerSchema().description("The HTTP status"))
                .addProperty("detail", new StringSchema().description("What happened, for a person"))
                .addProperty("instance", new StringSchema().format("uri-reference")
                        .description("The request the problem is about"))
                .addProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/"
                        + FIELD_ERROR)).description("Every field at fault, for invalid input"))
                .required(List.of("title", "status"));
    }

    @SuppressWarnings("rawtypes")
    private static Schema fieldError() {
        return new ObjectSchema().addProperty("field", new StringSchema().description("The parameter, header or"
                        + " body field at fault, as sent (e.g. `responsibleEntities[0].country`)"))
                .addProperty("message", new StringSchema().description("What is wrong with it"))
                .required(List.of("field", "message"));
    }
}
